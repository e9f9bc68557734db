import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// The same tracker as self-hosted Matomo, run by InnoCraft at <account>.matomo.cloud.
export const matomoCloud: ServiceInfo = {
  id: 'matomo-cloud',
  name: 'Matomo Cloud',
  vendor: 'InnoCraft Ltd.',
  category: 'analytics',
  description: 'Counts visits and measures how the site is used, on servers run by InnoCraft, the maker of Matomo. A random visitor identifier and the current visit are kept in cookies.',
  privacyPolicy: 'https://matomo.org/privacy-policy/',
  cookies: ['_pk_id.*', '_pk_ses.*', '_pk_ref.*', '_pk_cvar.*', '_pk_hsr.*', '_pk_testcookie.*', 'mtm_consent', 'mtm_consent_removed', 'mtm_cookie_consent'],
  storage: [],
  hosts: ['*.matomo.cloud'],
  sources: [
    'https://matomo.org/faq/general/faq_146/',
    'https://github.com/ethereum/web3.py/pull/2978/files',
    'https://github.com/nuxt/scripts/commit/d7e18c4',
    OPEN_COOKIE_DATABASE,
  ],
}
