import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const customerIo: ServiceInfo = {
  id: 'customer-io',
  name: 'Customer.io',
  vendor: 'Peaberry Software, Inc.',
  category: 'marketing',
  description: 'Recognises you on the site to send you emails and messages that match what you did here. Identifiers are kept in cookies.',
  privacyPolicy: 'https://customer.io/legal/privacy-policy/',
  cookies: ['_cio', '_cioid', '_cioanonid', 'cioFT', 'cioLT'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
