import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const leadfeeder: ServiceInfo = {
  id: 'leadfeeder',
  name: 'Leadfeeder',
  vendor: 'Leadfeeder (Dealfront)',
  category: 'marketing',
  description: 'Records the pages you view, where you came from and how long you stay, to tell the site which companies visit it. A visitor identifier is kept in a cookie.',
  privacyPolicy: 'https://www.leadfeeder.com/privacy/',
  cookies: ['_lfa'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
