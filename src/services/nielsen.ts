import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const nielsen: ServiceInfo = {
  id: 'nielsen',
  name: 'Nielsen',
  vendor: 'The Nielsen Company',
  category: 'marketing',
  description: 'Measures audiences across sites for market research and advertising. Nielsen uses its own cookies.',
  privacyPolicy: 'https://www.nielsen.com/legal/privacy-principles/',
  cookies: [],
  storage: [],
  hosts: ['*.imrworldwide.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
