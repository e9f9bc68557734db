import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// The UET tag loads bat.bing.com/bat.js; MUID and the other bing.com cookies are third-party.
export const microsoftAdvertising: ServiceInfo = {
  id: 'microsoft-advertising',
  name: 'Microsoft Advertising (UET)',
  vendor: 'Microsoft Corporation',
  category: 'marketing',
  description: 'Tells Microsoft which pages you visit and what you do here, so that the site can measure its Bing ads and show them to you again. Visit and visitor identifiers are kept in cookies.',
  privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
  cookies: ['_uetsid', '_uetvid'],
  storage: [],
  hosts: ['*.bing.com'],
  sources: ['https://pastebin.com/q8aPPM45', OPEN_COOKIE_DATABASE],
}
