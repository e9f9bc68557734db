import type { ServiceInfo } from './types'
import { GOOGLE_CONSENT_MODE, GOOGLE_COOKIES, GOOGLE_CSP, GOOGLE_PRIVACY, OPEN_COOKIE_DATABASE } from './sources'

// Includes the conversion linker, which keeps the ad click identifiers in the `_gcl_*` cookies.
export const googleAds: ServiceInfo = {
  id: 'google-ads',
  name: 'Google Ads',
  vendor: 'Google LLC',
  category: 'marketing',
  description: 'Measures which Google ads brought you here and what you did after the click, and lets the site show you its ads again on other sites. The ad click identifier is kept in cookies.',
  privacyPolicy: GOOGLE_PRIVACY,
  cookies: ['_gcl_*'],
  storage: [],
  hosts: ['www.googleadservices.com', 'googleads.g.doubleclick.net'],
  google: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  sources: [GOOGLE_COOKIES, GOOGLE_CSP, GOOGLE_CONSENT_MODE, OPEN_COOKIE_DATABASE],
}
