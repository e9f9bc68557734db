import type { ServiceInfo } from './types'

// The crto_* cookies are set by Criteo's user-identification tag; the OneTag's own cookies were not in a source we could read.
export const criteo: ServiceInfo = {
  id: 'criteo',
  name: 'Criteo',
  vendor: 'Criteo SA',
  category: 'marketing',
  description: 'Shows you ads for products you looked at on this site, on other sites, and measures them. Criteo recognises your browser with its own cookies and, on this site, a user-ID cookie.',
  privacyPolicy: 'https://www.criteo.com/privacy/',
  cookies: ['crto_mapped_user_id', 'crto_is_user_optout'],
  storage: [],
  hosts: ['*.criteo.com'],
  sources: [
    'https://github.com/criteo/gtm-criteo-useridentification',
    'https://github.com/duckduckgo/tracker-radar/blob/f6c3a4f624d7556d27a40c2e6a8f99cf4e48e994/domains/CA/criteo.com.json',
  ],
}
