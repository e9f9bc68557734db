import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const tiktokPixel: ServiceInfo = {
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  vendor: 'TikTok Pte. Ltd.',
  category: 'marketing',
  description: 'Tells TikTok which pages you visit and what you do here, so that the site can measure its TikTok ads and show them to you. A random identifier is kept in a cookie.',
  privacyPolicy: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en?lang=en',
  cookies: ['_ttp', '_tt_enable_cookie'],
  storage: [],
  hosts: ['analytics.tiktok.com'],
  sources: ['https://github.com/nuxt/scripts/issues/166', OPEN_COOKIE_DATABASE],
}
