import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const sleeknote: ServiceInfo = {
  id: 'sleeknote',
  name: 'Sleeknote',
  vendor: 'Sleeknote ApS',
  category: 'marketing',
  description: 'Shows sign-up and offer pop-ups and measures them; a visitor identifier, your referrer and campaign details are kept in cookies.',
  privacyPolicy: 'https://sleeknote.com/privacy-policy',
  cookies: ['_sn_a', '_sn_m', '_sn_n'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
