import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const linkedinInsight: ServiceInfo = {
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  vendor: 'LinkedIn Corporation',
  category: 'marketing',
  description: 'Tells LinkedIn which pages you visit here, so that the site can measure its LinkedIn ads and show them to you again. LinkedIn can link this to your LinkedIn account.',
  privacyPolicy: 'https://www.linkedin.com/legal/privacy-policy',
  cookies: ['li_sugr', 'ln_or'],
  storage: [],
  hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
  sources: ['https://www.linkedin.com/help/lms/answer/a427660', 'https://www.linkedin.com/legal/l/cookie-table', OPEN_COOKIE_DATABASE],
}
