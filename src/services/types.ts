// The shape of one catalogue entry (SPEC.md section 11). Data only: the core, gate, UI,
// Google bridge, autoblock and audit read these fields; no entry carries code.

export type ServiceCategory = 'necessary' | 'functional' | 'analytics' | 'marketing'

export interface ServiceInfo {
  /** Stable catalogue id, kebab-case: 'google-analytics'. */
  id: string
  /** Display name: 'Google Analytics'. */
  name: string
  /** The company that runs it: 'Google LLC'. */
  vendor: string
  /** The category a site would usually put it in. */
  category: ServiceCategory
  /** English, for a visitor: what it does and what it collects. */
  description: string
  /** URL of the vendor's privacy policy. */
  privacyPolicy: string
  /** Cookie name globs it sets on the site's own domain. */
  cookies: string[]
  /** localStorage / sessionStorage key globs. */
  storage: string[]
  /** Host globs it loads from or sends to ('*.google-analytics.com' also matches the apex). */
  hosts: string[]
  /** Google Consent Mode types it reads. */
  google?: string[]
  /** An embed (iframe) that wants a placeholder. */
  embed?: boolean
  /** Where each fact comes from: URLs. */
  sources: string[]
}
