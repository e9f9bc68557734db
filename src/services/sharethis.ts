import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const sharethis: ServiceInfo = {
  id: 'sharethis',
  name: 'ShareThis',
  vendor: 'ShareThis, Inc.',
  category: 'marketing',
  description: 'Adds share buttons and collects what you read on the site for advertising, across the sites that use ShareThis. An identifier is kept in a cookie on this site.',
  privacyPolicy: 'https://sharethis.com/privacy/',
  cookies: ['fpestid'],
  storage: [],
  hosts: ['*.sharethis.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
