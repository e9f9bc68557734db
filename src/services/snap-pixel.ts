import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const snapPixel: ServiceInfo = {
  id: 'snap-pixel',
  name: 'Snap Pixel',
  vendor: 'Snap Inc.',
  category: 'marketing',
  description: 'Tells Snapchat which pages you visit and what you do here, so that the site can measure its Snapchat ads and show them to you. Identifiers are kept in cookies.',
  privacyPolicy: 'https://www.snap.com/en-US/privacy/privacy-policy/',
  cookies: ['_scid', '_schn'],
  storage: [],
  hosts: ['sc-static.net', '*.snapchat.com'],
  sources: ['https://www.rudderstack.com/docs/destinations/streaming-destinations/snap-pixel/', OPEN_COOKIE_DATABASE],
}
