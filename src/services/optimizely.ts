import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const optimizely: ServiceInfo = {
  id: 'optimizely',
  name: 'Optimizely',
  vendor: 'Optimizely, Inc.',
  category: 'analytics',
  description: 'Shows you one of several versions of a page to test which works better, and measures what you do. A random visitor identifier is kept in a cookie.',
  privacyPolicy: 'https://www.optimizely.com/privacy/',
  cookies: ['optimizelyEndUserId', 'optimizelyRedirectData', 'optimizelyDomainTestCookie', 'optimizelyOptOut'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
