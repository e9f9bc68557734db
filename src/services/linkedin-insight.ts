import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// The tag loads from snap.licdn.com and reports to *.ads.linkedin.com (the base code's noscript
// pixel); its cookies on linkedin.com are third-party.
export const linkedinInsight: ServiceInfo = {
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  vendor: 'LinkedIn Corporation',
  category: 'marketing',
  description: 'Tells LinkedIn which pages you visit here, so that the site can measure its LinkedIn ads and show them to you again. LinkedIn can link this to your LinkedIn account.',
  privacyPolicy: 'https://www.linkedin.com/legal/privacy-policy',
  cookies: ['li_sugr', 'ln_or'],
  storage: [],
  hosts: ['snap.licdn.com', '*.linkedin.com'],
  sources: ['https://pastebin.com/thpp5Sz8', 'https://www.rudderstack.com/docs/destinations/streaming-destinations/linkedin-insight-tag/', OPEN_COOKIE_DATABASE],
}
