import type { ServiceInfo } from './types'

// cf_clearance only in pre-clearance mode, set through /cdn-cgi/ on the site itself.
export const cloudflareTurnstile: ServiceInfo = {
  id: 'cloudflare-turnstile',
  name: 'Cloudflare Turnstile',
  vendor: 'Cloudflare, Inc.',
  category: 'necessary',
  description: 'Checks that a form is sent by a person, not a bot, without a puzzle in most cases. Cloudflare examines your browser to decide.',
  privacyPolicy: 'https://www.cloudflare.com/privacypolicy/',
  cookies: ['cf_clearance'],
  storage: [],
  hosts: ['challenges.cloudflare.com'],
  sources: ['https://developers.cloudflare.com/turnstile/reference/content-security-policy'],
}
