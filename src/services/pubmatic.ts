import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const pubmatic: ServiceInfo = {
  id: 'pubmatic',
  name: 'PubMatic',
  vendor: 'PubMatic, Inc.',
  category: 'marketing',
  description: 'Sells ad space on the site in real-time auctions and recognises your browser across sites with its own cookies.',
  privacyPolicy: 'https://pubmatic.com/legal/privacy/',
  cookies: [],
  storage: [],
  hosts: ['*.pubmatic.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
