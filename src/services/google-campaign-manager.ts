import type { ServiceInfo } from './types'
import { GOOGLE_CONSENT_MODE, GOOGLE_PRIVACY, OPEN_COOKIE_DATABASE } from './sources'

// Host: doubleclick.net, the domain the Open Cookie Database lists for these Google cookies; the doubleclick.net cookies (IDE, ...) are third-party.
export const googleCampaignManager: ServiceInfo = {
  id: 'google-campaign-manager',
  name: 'Google Campaign Manager 360 and Floodlight',
  vendor: 'Google LLC',
  category: 'marketing',
  description: 'Google\'s ad server for advertisers (formerly DoubleClick): counts ad views and clicks and the purchases or sign-ups that follow them on this site. Identifiers are kept in cookies on doubleclick.net and, on this site, in a click cookie.',
  privacyPolicy: GOOGLE_PRIVACY,
  cookies: ['_gcl_dc'],
  storage: [],
  hosts: ['*.doubleclick.net'],
  google: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  sources: [GOOGLE_CONSENT_MODE, OPEN_COOKIE_DATABASE],
}
