import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const lotame: ServiceInfo = {
  id: 'lotame',
  name: 'Lotame',
  vendor: 'Lotame Solutions, Inc.',
  category: 'marketing',
  description: 'Groups visitors into audiences by their browsing on many sites, for targeted ads. Identifiers are kept in cookies.',
  privacyPolicy: 'https://www.lotame.com/about-lotame/privacy/lotames-products-services-privacy-policy/',
  cookies: ['panoramaId', 'panoramaId_expiry', '_cc_domain'],
  storage: [],
  hosts: ['*.crwdcntrl.net'],
  sources: [OPEN_COOKIE_DATABASE],
}
