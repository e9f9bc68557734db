import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// The host list is the Pinterest base code as published to sites.
export const pinterestTag: ServiceInfo = {
  id: 'pinterest-tag',
  name: 'Pinterest Tag',
  vendor: 'Pinterest, Inc.',
  category: 'marketing',
  description: 'Tells Pinterest which pages you visit and what you do here, so that the site can measure its Pinterest ads and show them to you. Identifiers are kept in cookies.',
  privacyPolicy: 'https://policy.pinterest.com/en/privacy-policy',
  cookies: ['_pin_unauth', '_epik', '_derived_epik', '_pinterest_ct_ua'],
  storage: [],
  hosts: ['s.pinimg.com', 'ct.pinterest.com'],
  sources: ['https://pastebin.com/zEeBRVSW', OPEN_COOKIE_DATABASE],
}
