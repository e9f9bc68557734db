import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const inspectlet: ServiceInfo = {
  id: 'inspectlet',
  name: 'Inspectlet',
  vendor: 'Inspectlet',
  category: 'analytics',
  description: 'Records how you use the pages (clicks, scrolling, typing) as session recordings and heatmaps.',
  privacyPolicy: 'https://docs.inspectlet.com/hc/en-us',
  cookies: [],
  storage: [],
  hosts: ['*.inspectlet.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
