import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const metaPixel: ServiceInfo = {
  id: 'meta-pixel',
  name: 'Meta Pixel',
  vendor: 'Meta Platforms, Inc.',
  category: 'marketing',
  description: 'Tells Meta (Facebook, Instagram) which pages you visit and what you do here, so that the site can measure its ads and show them to you and to people like you. Meta can link this to your Facebook or Instagram account.',
  privacyPolicy: 'https://www.facebook.com/privacy/policy/',
  cookies: ['_fbp', '_fbc'],
  storage: [],
  hosts: ['connect.facebook.net', 'www.facebook.com'],
  sources: [
    'https://developers.facebook.com/docs/meta-pixel/get-started',
    'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/',
    OPEN_COOKIE_DATABASE,
  ],
}
