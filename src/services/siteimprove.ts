import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const siteimprove: ServiceInfo = {
  id: 'siteimprove',
  name: 'Siteimprove Analytics',
  vendor: 'Siteimprove A/S',
  category: 'analytics',
  description: 'Counts visits and the order of pages viewed, to improve the site. A random browser identifier is kept in a cookie.',
  privacyPolicy: 'https://siteimprove.com/en/privacy/',
  cookies: ['nmstat'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
