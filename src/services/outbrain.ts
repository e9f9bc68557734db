import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const outbrain: ServiceInfo = {
  id: 'outbrain',
  name: 'Outbrain',
  vendor: 'Outbrain Inc.',
  category: 'marketing',
  description: 'Shows recommended articles and ads, chosen partly from your browsing. Outbrain recognises your browser with its own cookies.',
  privacyPolicy: 'https://www.outbrain.com/legal/privacy#privacy-policy',
  cookies: [],
  storage: [],
  hosts: ['*.outbrain.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
