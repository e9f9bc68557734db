import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const vwo: ServiceInfo = {
  id: 'vwo',
  name: 'VWO',
  vendor: 'Wingify Software Pvt. Ltd.',
  category: 'analytics',
  description: 'Shows you one of several versions of a page to test which works better, and measures your visits. Identifiers are kept in cookies.',
  privacyPolicy: 'https://vwo.com/privacy-policy/',
  cookies: ['_vwo_*', '_vis_opt_*'],
  storage: [],
  hosts: ['*.visualwebsiteoptimizer.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
