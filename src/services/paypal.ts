import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const paypal: ServiceInfo = {
  id: 'paypal',
  name: 'PayPal',
  vendor: 'PayPal Holdings, Inc.',
  category: 'necessary',
  description: 'Takes payments through PayPal. PayPal receives the payment details and uses its own cookies to keep the payment secure and detect fraud.',
  privacyPolicy: 'https://www.paypal.com/privacy-center',
  cookies: [],
  storage: [],
  hosts: ['*.paypal.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
