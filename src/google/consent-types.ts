// The seven Google consent types (Consent Mode v2) and which assent category grants each.

export type GoogleConsentType =
  | 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage'
  | 'functionality_storage' | 'personalization_storage' | 'security_storage'

export type GoogleConsentState = 'granted' | 'denied'

/** SPEC.md section 9. Categories the site does not configure are simply never granted. */
export const DEFAULT_MAPPING: Record<string, GoogleConsentType[]> = {
  necessary: ['security_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
}

/** Every type, each one in the default mapping once. Always sent in full: Google treats a type
 * that was never set as "not set", not as denied. */
export const CONSENT_TYPES = Object.values(DEFAULT_MAPPING).flat()
