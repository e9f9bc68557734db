import type { ServiceInfo } from './types'

// The cookie is mp_<project token>_mixpanel unless the site sets its own persistence_name.
export const mixpanel: ServiceInfo = {
  id: 'mixpanel',
  name: 'Mixpanel',
  vendor: 'Mixpanel, Inc.',
  category: 'analytics',
  description: 'Records what you do on the site (pages, clicks, sign-ups) to measure how the product is used. A random identifier and the recorded properties are kept in a cookie.',
  privacyPolicy: 'https://mixpanel.com/legal/privacy-policy/',
  cookies: ['mp_*_mixpanel'],
  storage: [],
  hosts: [],
  sources: ['https://app.unpkg.com/mixpanel-browser@2.67.0/files/src/mixpanel-persistence.js'],
}
