import type { ServiceInfo } from './types'
import { GOOGLE_PRIVACY } from './sources'

export const googleMaps: ServiceInfo = {
  id: 'google-maps',
  name: 'Google Maps',
  vendor: 'Google LLC',
  category: 'functional',
  description: 'Shows interactive maps from Google. Google receives your IP address and the part of the map you look at, and may use its own cookies.',
  privacyPolicy: GOOGLE_PRIVACY,
  cookies: [],
  storage: [],
  hosts: ['maps.googleapis.com'],
  embed: true,
  sources: ['https://developers.google.com/maps/documentation/javascript/content-security-policy'],
}
