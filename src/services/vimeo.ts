import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const vimeo: ServiceInfo = {
  id: 'vimeo',
  name: 'Vimeo',
  vendor: 'Vimeo.com, Inc.',
  category: 'functional',
  description: 'Plays videos embedded from Vimeo. Vimeo learns that you watched the video on this page and uses its own cookies for playback settings and statistics.',
  privacyPolicy: 'https://vimeo.com/privacy',
  cookies: [],
  storage: [],
  hosts: ['*.vimeo.com'],
  embed: true,
  sources: ['https://vimeo.com/cookie_policy', OPEN_COOKIE_DATABASE],
}
