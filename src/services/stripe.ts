import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const stripe: ServiceInfo = {
  id: 'stripe',
  name: 'Stripe',
  vendor: 'Stripe, Inc.',
  category: 'necessary',
  description: 'Takes card payments. Stripe.js also watches how the page is used, to detect fraud; it keeps a device and a session identifier in cookies.',
  privacyPolicy: 'https://stripe.com/privacy',
  cookies: ['__stripe_mid', '__stripe_sid'],
  storage: [],
  hosts: ['js.stripe.com', 'm.stripe.com'],
  sources: ['https://docs.stripe.com/js/including', 'https://docs.stripe.com/js/appendix/cookies', OPEN_COOKIE_DATABASE],
}
