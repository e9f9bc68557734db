import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// The same tracker as self-hosted Matomo, run by InnoCraft at <account>.matomo.cloud.
export const matomoCloud: ServiceInfo = {
  id: 'matomo-cloud',
  name: 'Matomo Cloud',
  vendor: 'InnoCraft Ltd.',
  category: 'analytics',
  description: 'Counts visits and measures how the site is used, on servers run by InnoCraft, the maker of Matomo. A random visitor identifier and the current visit are kept in cookies.',
  privacyPolicy: 'https://matomo.org/matomo-cloud-privacy-policy/',
  cookies: ['_pk_id.*', '_pk_ses.*', '_pk_ref.*', '_pk_cvar.*', '_pk_hsr.*', '_pk_testcookie.*', 'mtm_consent', 'mtm_consent_removed'],
  storage: [],
  hosts: ['*.matomo.cloud'],
  sources: [
    'https://matomo.org/privacy-policy/cookies',
    'https://github.com/restatedev/documentation/blob/a7511d223034d16dbb70d2a4f3366f338c3dde45/static/js/matomo.js',
    OPEN_COOKIE_DATABASE,
  ],
}
