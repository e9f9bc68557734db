import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

const MATOMO_COOKIES = 'https://matomo.org/faq/general/faq_146/'

// Self-hosted: the tracker runs on the site's own server, so there is no third-party host.
export const matomo: ServiceInfo = {
  id: 'matomo',
  name: 'Matomo',
  vendor: 'InnoCraft Ltd. (software; run by the site itself)',
  category: 'analytics',
  description: "Counts visits and measures how the site is used, on the site's own server. A random visitor identifier and the current visit are kept in cookies.",
  privacyPolicy: 'https://matomo.org/privacy-policy/',
  cookies: ['_pk_id.*', '_pk_ses.*', '_pk_ref.*', '_pk_cvar.*', '_pk_hsr.*', '_pk_testcookie.*', 'mtm_consent', 'mtm_consent_removed', 'mtm_cookie_consent'],
  storage: [],
  hosts: [],
  sources: [MATOMO_COOKIES, OPEN_COOKIE_DATABASE],
}
