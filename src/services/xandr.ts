import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const xandr: ServiceInfo = {
  id: 'xandr',
  name: 'Xandr (Microsoft Invest)',
  vendor: 'Microsoft Corporation',
  category: 'marketing',
  description: 'Runs ad auctions and recognises your browser across sites with its own cookies to target ads.',
  privacyPolicy: 'https://www.xandr.com/privacy/platform-privacy-policy/',
  cookies: [],
  storage: [],
  hosts: ['*.adnxs.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
