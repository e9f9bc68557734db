import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const shopifyAnalytics: ServiceInfo = {
  id: 'shopify-analytics',
  name: 'Shopify analytics',
  vendor: 'Shopify Inc.',
  category: 'analytics',
  description: 'Measures visits, the pages you view and where you came from, for the shop\'s reports and marketing. Visitor and visit identifiers are kept in cookies.',
  privacyPolicy: 'https://www.shopify.com/legal/privacy',
  cookies: [
    '_shopify_y',
    '_shopify_s',
    '_y',
    '_s',
    '_shopify_sa_p',
    '_shopify_sa_t',
    '_shopify_fs',
    '_shopify_uniq',
    '_shopify_visit',
    '_landing_page',
    '_orig_referrer',
    'tracked_start_checkout',
  ],
  storage: [],
  hosts: [],
  sources: ['https://www.shopify.com/legal/cookies', OPEN_COOKIE_DATABASE],
}
