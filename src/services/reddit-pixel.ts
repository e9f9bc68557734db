import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const redditPixel: ServiceInfo = {
  id: 'reddit-pixel',
  name: 'Reddit Pixel',
  vendor: 'Reddit, Inc.',
  category: 'marketing',
  description: 'Tells Reddit which pages you visit and what you do here, so that the site can measure its Reddit ads and show them to you. Reddit uses its own cookies.',
  privacyPolicy: 'https://www.redditinc.com/policies/privacy-policy',
  cookies: [],
  storage: [],
  hosts: ['www.redditstatic.com', '*.reddit.com'],
  sources: ['https://rudderstack.com/docs/destinations/streaming-destinations/reddit-pixel/', OPEN_COOKIE_DATABASE],
}
