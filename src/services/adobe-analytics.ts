import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// No host list: Adobe collection hosts are set per customer.
export const adobeAnalytics: ServiceInfo = {
  id: 'adobe-analytics',
  name: 'Adobe Analytics',
  vendor: 'Adobe Inc.',
  category: 'analytics',
  description: 'Measures how the site is used: pages viewed, links clicked and how far you scroll. A unique visitor identifier is kept in cookies, shared with other Adobe Experience Cloud tools.',
  privacyPolicy: 'https://www.adobe.com/privacy.html',
  cookies: ['s_cc', 's_sq', 's_vi', 's_fid', 's_ppv', 's_tp', 's_ecid', 'AMCV_*', 'AMCVS_*'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
