import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const theTradeDesk: ServiceInfo = {
  id: 'the-trade-desk',
  name: 'The Trade Desk',
  vendor: 'The Trade Desk, Inc.',
  category: 'marketing',
  description: 'Buys and measures ads for advertisers; recognises your browser across sites with its own cookies to target ads.',
  privacyPolicy: 'https://adsrvr.org/',
  cookies: [],
  storage: [],
  hosts: ['*.adsrvr.org'],
  sources: [OPEN_COOKIE_DATABASE],
}
