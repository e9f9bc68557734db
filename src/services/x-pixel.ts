import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// Hosts from the Open Cookie Database's X cookies (twitter.com, t.co); the pixel script's own
// host was not in a source we could read.
export const xPixel: ServiceInfo = {
  id: 'x-pixel',
  name: 'X (Twitter) Pixel and embeds',
  vendor: 'X Corp.',
  category: 'marketing',
  description: 'Tells X which pages you visit here, to measure ads on X and show them to you, and shows embedded posts. X uses its own cookies, linked to your X account if you are logged in.',
  privacyPolicy: 'https://twitter.com/en/privacy',
  cookies: [],
  storage: [],
  hosts: ['*.twitter.com', 't.co'],
  sources: [OPEN_COOKIE_DATABASE],
}
