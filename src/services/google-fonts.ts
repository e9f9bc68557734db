import type { ServiceInfo } from './types'
import { GOOGLE_PRIVACY } from './sources'

export const googleFonts: ServiceInfo = {
  id: 'google-fonts',
  name: 'Google Fonts',
  vendor: 'Google LLC',
  category: 'functional',
  description: 'Loads typefaces from Google\'s servers, which receive your IP address and browser details with each request.',
  privacyPolicy: GOOGLE_PRIVACY,
  cookies: [],
  storage: [],
  hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
  sources: ['https://developers.google.com/maps/documentation/javascript/content-security-policy'],
}
