import type { ServiceInfo } from './types'
import { GOOGLE_CONSENT_MODE, GOOGLE_CSP, GOOGLE_PRIVACY, GOOGLE_TAG_COOKIES, OPEN_COOKIE_DATABASE } from './sources'

export const googleAnalytics: ServiceInfo = {
  id: 'google-analytics',
  name: 'Google Analytics',
  vendor: 'Google LLC',
  category: 'analytics',
  description: 'Measures how the site is used: pages viewed, device, rough location. A cookie keeps a random ID.',
  privacyPolicy: GOOGLE_PRIVACY,
  cookies: ['_ga', '_ga_*', '_gid', '_gat*', '_dc_gtm_*'],
  storage: [],
  hosts: ['*.google-analytics.com', '*.analytics.google.com', '*.googletagmanager.com'],
  google: ['analytics_storage'],
  sources: [GOOGLE_TAG_COOKIES, GOOGLE_CSP, GOOGLE_CONSENT_MODE, OPEN_COOKIE_DATABASE],
}
