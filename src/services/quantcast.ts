import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const quantcast: ServiceInfo = {
  id: 'quantcast',
  name: 'Quantcast',
  vendor: 'Quantcast Corporation',
  category: 'marketing',
  description: 'Measures the audience of the site and uses what it learns about your browsing on many sites to target ads. A browser identifier is kept in a cookie.',
  privacyPolicy: 'https://www.quantcast.com/privacy/',
  cookies: ['__qca'],
  storage: [],
  hosts: ['*.quantserve.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
