import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const shopify: ServiceInfo = {
  id: 'shopify',
  name: 'Shopify storefront',
  vendor: 'Shopify Inc.',
  category: 'necessary',
  description: 'Runs the shop: the cart, the checkout, sign-in and the currency and language you chose.',
  privacyPolicy: 'https://www.shopify.com/legal/privacy',
  cookies: [
    'cart',
    'cart_sig',
    'cart_ts',
    'cart_ver',
    'cart_currency',
    'checkout_token',
    'checkout_session_token*',
    'checkout_session_lookup',
    '_secure_session_id',
    'secure_customer_sig',
    'storefront_digest',
    'localization',
    'keep_alive',
    '_tracking_consent',
    '_cmp_a',
  ],
  storage: [],
  hosts: [],
  sources: ['https://www.shopify.com/legal/cookies', OPEN_COOKIE_DATABASE],
}
