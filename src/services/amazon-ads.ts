import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const amazonAds: ServiceInfo = {
  id: 'amazon-ads',
  name: 'Amazon Ads',
  vendor: 'Amazon.com, Inc.',
  category: 'marketing',
  description: 'Shows and measures Amazon ads and tracks clicks through to Amazon. Amazon uses its own cookies across the sites in its network.',
  privacyPolicy: 'https://www.amazon.com/gp/help/customer/display.html/ref=footer_privacy?ie=UTF8&nodeId=468496',
  cookies: [],
  storage: [],
  hosts: ['*.amazon-adsystem.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
