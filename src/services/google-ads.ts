import type { ServiceInfo } from './types'
import { GOOGLE_CONSENT_MODE, GOOGLE_GCL_COOKIES, GOOGLE_PRIVACY, OPEN_COOKIE_DATABASE } from './sources'

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
  hosts: ['www.googletagmanager.com'],
  google: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  sources: [GOOGLE_GCL_COOKIES, 'https://support.google.com/google-ads/answer/9606827', GOOGLE_CONSENT_MODE, OPEN_COOKIE_DATABASE],
}
