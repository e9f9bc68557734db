// `assent/google`: the Google Consent Mode v2 bridge. It pushes the consent default before any
// Google tag can run, the update for stored consent right after it, and an update on every change.
import type { Consent } from '../core/types'
import { CONSENT_TYPES, DEFAULT_MAPPING } from './consent-types'
import { checkGoogleOptions, type GoogleConsentModeOptions } from './options'

export type { GoogleConsentState, GoogleConsentType } from './consent-types'
export type { GoogleConsentModeOptions, GoogleRegionDefault } from './options'

type Gtag = (...args: unknown[]) => void
type GoogleWindow = { dataLayer?: unknown[]; gtag?: Gtag }

/** Starts the bridge; the returned function stops the updates (the commands already sent stay). */
export function googleConsentMode(consent: Consent, options: GoogleConsentModeOptions = {}): () => void {
  const { categories } = consent.config
  checkGoogleOptions(options, categories)
  const { waitForUpdate = 500, regions = [] } = options
  // Each configured category replaces its entry in the default mapping.
  const mapping = { ...DEFAULT_MAPPING, ...options.mapping }
  const w = window as unknown as GoogleWindow
  w.dataLayer = w.dataLayer || []
  // gtag.js only reads Arguments objects from the dataLayer (an Array is silently ignored), so
  // the shim must push `arguments`, exactly like Google's snippet. A page's own gtag is kept.
  const gtag: Gtag = (w.gtag = w.gtag || function () {
    // eslint-disable-next-line prefer-rest-params
    w.dataLayer!.push(arguments)
  })

  // A type is granted when any category mapped to it is granted.
  const states = (isGranted: (category: string) => unknown) =>
    Object.fromEntries(CONSENT_TYPES.map((type) => [type, Object.keys(mapping).some((category) => isGranted(category) && mapping[category].includes(type)) ? 'granted' : 'denied']))
  const wait = waitForUpdate ? { wait_for_update: waitForUpdate } : {}
  const update = () => {
    gtag('consent', 'update', states(consent.granted))
    // For Google Tag Manager triggers ("Custom Event" assent_consent_update).
    w.dataLayer!.push({ event: 'assent_consent_update', assent: { granted: Object.keys(categories).filter(consent.granted) } })
  }

  // Google applies the most specific region first, whatever the order; the global default goes
  // last. It follows the regime in force: required categories, and the regime's opt-out ones.
  const { optOut } = consent.regime
  for (const defaults of [...regions, states((category) => categories[category]?.required || optOut.includes(category))]) gtag('consent', 'default', { ...defaults, ...wait })
  if (options.adsDataRedaction) gtag('set', 'ads_data_redaction', true)
  if (options.urlPassthrough) gtag('set', 'url_passthrough', true)
  // Google does not remember consent between pages: re-send the stored decision on every load.
  if (consent.decided) update()
  return consent.on('change', update)
}
