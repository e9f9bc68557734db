import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const cloudflare: ServiceInfo = {
  id: 'cloudflare',
  name: 'Cloudflare (security and load balancing)',
  vendor: 'Cloudflare, Inc.',
  category: 'necessary',
  description: 'Protects the site against attacks and bots and spreads the load over servers. Cloudflare sets short-lived cookies to recognise trusted traffic.',
  privacyPolicy: 'https://www.cloudflare.com/privacypolicy/',
  cookies: ['__cf_bm', 'cf_clearance', '__cflb', '_cfuvid', '__cfruid', 'cf_chl_*'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
