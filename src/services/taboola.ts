import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const taboola: ServiceInfo = {
  id: 'taboola',
  name: 'Taboola',
  vendor: 'Taboola, Inc.',
  category: 'marketing',
  description: 'Shows recommended articles and ads, chosen partly from your browsing. Taboola recognises your browser with its own cookie.',
  privacyPolicy: 'https://www.taboola.com/policies/privacy-policy',
  cookies: [],
  storage: [],
  hosts: ['*.taboola.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
