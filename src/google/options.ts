// Validation of googleConsentMode options: a typo must fail loudly, naming the field, rather
// than leave a consent type silently unset. Messages are terse to keep the module small.
import { AssentConfigError } from '../core/config-error'
import { CONSENT_TYPES, DEFAULT_MAPPING, type GoogleConsentState, type GoogleConsentType } from './consent-types'

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

export type ResolvedGoogleOptions = Required<GoogleConsentModeOptions>

const DEFAULTS: ResolvedGoogleOptions = { mapping: {}, waitForUpdate: 500, adsDataRedaction: false, urlPassthrough: false, regions: [] }
// ISO 3166-1 alpha-2 country, optionally with an ISO 3166-2 subdivision (US-CA).
const REGION_CODE = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/

const fail = (field: string, problem: string): never => {
  throw new AssentConfigError('google' + field, problem)
}
const checkType = (field: string, type: any) => CONSENT_TYPES.includes(type) || fail(field, 'is not a consent type')

export function resolveGoogleOptions(options: object, categories: object): ResolvedGoogleOptions {
  // Spreading a non-object gives no keys or index keys ("0"), which then fail as unknown.
  const resolved: any = { ...DEFAULTS, ...options }
  // Every option has the type of its default: one rule for unknown keys and wrong types.
  for (const key in resolved) {
    const expected = typeof DEFAULTS[key as keyof ResolvedGoogleOptions]
    if (typeof resolved[key] != expected) fail('.' + key, key in DEFAULTS ? 'must be of type ' + expected : 'is unknown')
  }
  const { mapping, waitForUpdate, regions } = resolved
  for (const category in mapping) {
    const field = '.mapping.' + category
    if (!Object.keys(categories).includes(category)) fail(field, 'is not a category')
    if (!Array.isArray(mapping[category])) fail(field, 'must be a list')
    mapping[category].map((type: unknown, i: number) => checkType(`${field}[${i}]`, type))
  }
  resolved.mapping = { ...DEFAULT_MAPPING, ...mapping }
  if (waitForUpdate < 0 || waitForUpdate % 1) fail('.waitForUpdate', 'must be an integer >= 0')
  if (!Array.isArray(regions)) fail('.regions', 'must be a list')
  regions.map((entry: any, i: number) => {
    const field = `.regions[${i}].`
    const codes = entry?.region
    if (!(codes?.length > 0) || !codes.every?.((code: string) => REGION_CODE.test(code))) fail(field + 'region', 'must list ISO 3166-2 codes')
    for (const key in entry) {
      if (key != 'region') {
        checkType(field + key, key)
        if (!['granted', 'denied'].includes(entry[key])) fail(field + key, 'must be granted or denied')
      }
    }
  })
  return resolved
}
