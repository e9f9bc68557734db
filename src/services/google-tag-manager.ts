import type { ServiceInfo } from './types'
import { GOOGLE_CSP, GOOGLE_PRIVACY } from './sources'

// Tag Manager sets no cookie of its own; the tags it loads have their own entries.
export const googleTagManager: ServiceInfo = {
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  vendor: 'Google LLC',
  category: 'functional',
  description: "Loads the site's other tags (such as analytics or ads) from Google. Google receives your IP address and the page address when it loads.",
  privacyPolicy: GOOGLE_PRIVACY,
  cookies: [],
  storage: [],
  hosts: ['www.googletagmanager.com'],
  sources: [GOOGLE_CSP],
}
