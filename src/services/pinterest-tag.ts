import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// Host: pinterest.com, the domain the Open Cookie Database lists for the Pinterest cookies.
export const pinterestTag: ServiceInfo = {
  id: 'pinterest-tag',
  name: 'Pinterest Tag',
  vendor: 'Pinterest, Inc.',
  category: 'marketing',
  description: 'Tells Pinterest which pages you visit and what you do here, so that the site can measure its Pinterest ads and show them to you. Identifiers are kept in cookies.',
  privacyPolicy: 'https://policy.pinterest.com/en/privacy-policy',
  cookies: ['_pin_unauth', '_epik', '_derived_epik', '_pinterest_ct_ua'],
  storage: [],
  hosts: ['*.pinterest.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
