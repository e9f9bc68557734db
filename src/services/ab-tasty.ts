import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const abTasty: ServiceInfo = {
  id: 'ab-tasty',
  name: 'AB Tasty',
  vendor: 'AB Tasty SAS',
  category: 'analytics',
  description: 'Shows you one of several versions of a page to test which works better, and measures your visit. Visitor and session identifiers are kept in cookies.',
  privacyPolicy: 'https://www.abtasty.com/terms-of-use/',
  cookies: ['ABTasty', 'ABTastySession'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
