// Validation of googleConsentMode options: a typo must fail loudly, naming the field, rather
// than leave a consent type silently unset. Messages are terse to keep the module small.
import { checkOneOf, checkShape, fail } from '../core/check-shape'
import { CONSENT_TYPES, type GoogleConsentState, type GoogleConsentType } from './consent-types'
import { EXPLAIN } from '../core/explain'

/** A region-specific default, as Google documents it: ISO 3166-2 codes plus the states to use there. */
export type GoogleRegionDefault = { region: string[] } & { [T in GoogleConsentType]?: GoogleConsentState }

export interface GoogleConsentModeOptions {
  /** Category name -> consent types it grants; merged over the default mapping per category. */
  mapping?: Record<string, GoogleConsentType[]>
  /** `wait_for_update` in ms sent with every default (default 500; 0 leaves it out). */
  waitForUpdate?: number
  /** `gtag('set', 'ads_data_redaction', true)`. */
  adsDataRedaction?: boolean
  /** `gtag('set', 'url_passthrough', true)`. */
  urlPassthrough?: boolean
  /** Region-specific defaults, sent before the global default. */
  regions?: GoogleRegionDefault[]
}

/** Throws on the first mistake; the defaults are applied by the caller. */
export function checkGoogleOptions(options: GoogleConsentModeOptions, categories: object): void {
  // The generic checker does the types and unknown keys: a region may hold `region` and any
  // consent type (as a string), a mapping lists strings.
  const region: Record<string, unknown> = { region: [''] }
  for (const type of CONSENT_TYPES) region[type] = ''
  checkShape(options, { mapping: { '*': [''] }, waitForUpdate: 0, adsDataRedaction: false, urlPassthrough: false, regions: [region] }, 'google')
  const { mapping, waitForUpdate = 0, regions } = options
  for (const category in mapping) {
    const field = 'google.mapping.' + category
    checkOneOf(category, Object.keys(categories), field)
    mapping[category].map((type, i) => checkOneOf(type, CONSENT_TYPES, `${field}[${i}]`))
  }
  if (waitForUpdate < 0 || waitForUpdate % 1) fail('google.waitForUpdate', EXPLAIN && 'must be an integer >= 0')
  regions?.map((entry, i) => {
    const field = `google.regions[${i}].`
    // ISO 3166-1 alpha-2 country, optionally with an ISO 3166-2 subdivision (US-CA).
    if (!entry.region?.length || !entry.region.every((code) => /^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(code))) fail(field + 'region', EXPLAIN && 'must list ISO 3166-2 codes')
    for (const type of CONSENT_TYPES) checkOneOf(entry[type], ['granted', 'denied'], field + type)
  })
}
