import type { ServiceInfo } from './types'
import { GOOGLE_COOKIES, GOOGLE_CSP, GOOGLE_PRIVACY, OPEN_COOKIE_DATABASE } from './sources'

// Floodlight: the CSP guide lists ad.doubleclick.net and *.fls.doubleclick.net; the doubleclick.net cookies (IDE, DSID, ...) are third-party.
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
  sources: [GOOGLE_CSP, GOOGLE_COOKIES, OPEN_COOKIE_DATABASE],
}
