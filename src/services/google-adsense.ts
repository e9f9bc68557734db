import type { ServiceInfo } from './types'
import { GOOGLE_COOKIES, GOOGLE_PRIVACY, OPEN_COOKIE_DATABASE } from './sources'

// No host list: we found no Google page listing the hosts AdSense loads from.
export const googleAdsense: ServiceInfo = {
  id: 'google-adsense',
  name: 'Google AdSense',
  vendor: 'Google LLC',
  category: 'marketing',
  description: 'Shows Google ads on this site and measures them. Google may choose the ads from what it knows about your browsing; identifiers are kept in cookies.',
  privacyPolicy: GOOGLE_PRIVACY,
  cookies: ['__gads', '__gpi', '__gpi_optout', '__gsas'],
  storage: [],
  hosts: [],
  google: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  sources: [GOOGLE_COOKIES, OPEN_COOKIE_DATABASE],
}
