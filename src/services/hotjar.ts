import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// Every Hotjar cookie in the Open Cookie Database starts with `_hj`.
export const hotjar: ServiceInfo = {
  id: 'hotjar',
  name: 'Hotjar',
  vendor: 'Hotjar Ltd.',
  category: 'analytics',
  description: 'Records how you use the pages (clicks, mouse movement, scrolling) to build heatmaps and session recordings, and shows surveys. A random identifier is kept in a cookie.',
  privacyPolicy: 'https://www.hotjar.com/legal/policies/privacy/',
  cookies: ['_hj*'],
  storage: [],
  hosts: ['*.hotjar.com'],
  sources: ['https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policies', 'https://npmjs.com/package/%400kzh%2Fhotjar', OPEN_COOKIE_DATABASE],
}
