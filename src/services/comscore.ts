import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const comscore: ServiceInfo = {
  id: 'comscore',
  name: 'Comscore',
  vendor: 'comScore, Inc.',
  category: 'analytics',
  description: 'Measures the audience of the site for market research across many sites. Comscore uses its own cookies.',
  privacyPolicy: 'https://www.comscore.com/About/Privacy-Policy',
  cookies: [],
  storage: [],
  hosts: ['*.scorecardresearch.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
