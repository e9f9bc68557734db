// googleConsentMode against the real core in happy-dom: what lands in window.dataLayer, in which
// order, and which options are refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../src/core/create-consent'
import { googleConsentMode, type GoogleConsentModeOptions } from '../../src/google/index'
import type { Consent, ConsentConfig } from '../../src/core/types'

type GoogleWindow = { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void }
const w = window as unknown as GoogleWindow

const config: ConsentConfig = {
  policy: { version: '1' },
  categories: { necessary: { required: true }, functional: {}, analytics: { services: { ga4: {} } }, marketing: {} },
}
const ALL_DENIED = {
  ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
  functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'denied',
}

let consents: Consent[] = []
function start(options?: GoogleConsentModeOptions, categories = config.categories): Consent {
  const consent = createConsent({ ...config, categories })
  consents.push(consent)
  googleConsentMode(consent, options)
  return consent
}
/** dataLayer entries as plain arrays (Arguments objects) or objects (events). */
const entries = () => w.dataLayer!.map((entry) => (isArguments(entry) ? Array.from(entry as ArrayLike<unknown>) : entry))
const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]'
const updates = () => entries().filter((entry) => Array.isArray(entry) && entry[1] === 'update').map((entry) => (entry as unknown[])[2])

beforeEach(() => {
  delete w.dataLayer
  delete w.gtag
  document.cookie = 'assent=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})
afterEach(() => {
  for (const consent of consents) consent.destroy()
  consents = []
})

describe('googleConsentMode: default and updates', () => {
  it('pushes one default with all seven types, denied except required ones, as an Arguments object', () => {
    start()
    expect(w.dataLayer).toHaveLength(1)
    expect(isArguments(w.dataLayer![0])).toBe(true)
    expect(entries()).toEqual([['consent', 'default', { ...ALL_DENIED, security_storage: 'granted', wait_for_update: 500 }]])
    expect(typeof w.gtag).toBe('function')
  })

  it('sends the stored decision right after the default on a new page load', () => {
    createConsent(config).save({ analytics: true })
    start()
    expect(entries()).toEqual([
      ['consent', 'default', { ...ALL_DENIED, security_storage: 'granted', wait_for_update: 500 }],
      ['consent', 'update', { ...ALL_DENIED, security_storage: 'granted', analytics_storage: 'granted' }],
      { event: 'assent_consent_update', assent: { granted: ['necessary', 'analytics'] } },
    ])
  })

  it('sends exactly one update and one event per accept, reject, custom choice and withdrawal', () => {
    const consent = start()
    consent.acceptAll()
    expect(updates()).toEqual([{
      ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted',
      functionality_storage: 'granted', personalization_storage: 'granted', security_storage: 'granted',
    }])
    consent.save({ marketing: true })
    consent.withdraw()
    consent.rejectAll()
    const [, custom, withdrawn, rejected] = updates()
    expect(custom).toEqual({ ...ALL_DENIED, security_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' })
    expect(withdrawn).toEqual({ ...ALL_DENIED, security_storage: 'granted' })
    expect(rejected).toEqual(withdrawn)
    const events = entries().filter((entry) => !Array.isArray(entry))
    expect(events).toEqual([
      { event: 'assent_consent_update', assent: { granted: ['necessary', 'functional', 'analytics', 'marketing'] } },
      { event: 'assent_consent_update', assent: { granted: ['necessary', 'marketing'] } },
      { event: 'assent_consent_update', assent: { granted: ['necessary'] } },
      { event: 'assent_consent_update', assent: { granted: ['necessary'] } },
    ])
    expect(w.dataLayer!.filter((entry) => Array.isArray(entry))).toEqual([])
  })

  it('stops sending updates once stopped', () => {
    const consent = createConsent(config)
    consents.push(consent)
    const stop = googleConsentMode(consent)
    stop()
    consent.acceptAll()
    expect(updates()).toEqual([])
  })

  it('keeps the page\'s own gtag and dataLayer', () => {
    const calls: unknown[][] = []
    const own: unknown[] = ['page entry']
    w.dataLayer = own
    w.gtag = (...args: unknown[]) => void calls.push(args)
    start().acceptAll()
    expect(w.dataLayer).toBe(own)
    expect(calls.map((call) => call.slice(0, 2))).toEqual([['consent', 'default'], ['consent', 'update']])
    expect(own).toEqual(['page entry', { event: 'assent_consent_update', assent: { granted: ['necessary', 'functional', 'analytics', 'marketing'] } }])
  })
})

describe('googleConsentMode: options', () => {
  it('maps categories to the configured types, over the default mapping', () => {
    start({ mapping: { analytics: ['analytics_storage', 'ad_user_data'], functional: [] } }).save({ analytics: true, functional: true })
    expect(updates()[0]).toEqual({ ...ALL_DENIED, security_storage: 'granted', analytics_storage: 'granted', ad_user_data: 'granted' })
  })

  it('grants by default the types mapped to any required category', () => {
    start({ mapping: { necessary: ['security_storage', 'functionality_storage'] } })
    expect(entries()[0]).toEqual(['consent', 'default', { ...ALL_DENIED, security_storage: 'granted', functionality_storage: 'granted', wait_for_update: 500 }])
  })

  it('sends region defaults before the global default, then the set commands', () => {
    start({
      waitForUpdate: 0, adsDataRedaction: true, urlPassthrough: true,
      regions: [{ region: ['US-CA'], ad_storage: 'denied' }, { region: ['US'], ad_storage: 'granted', analytics_storage: 'granted' }],
    })
    expect(entries()).toEqual([
      ['consent', 'default', { region: ['US-CA'], ad_storage: 'denied' }],
      ['consent', 'default', { region: ['US'], ad_storage: 'granted', analytics_storage: 'granted' }],
      ['consent', 'default', { ...ALL_DENIED, security_storage: 'granted' }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ])
  })

  it('sends wait_for_update with the configured value', () => {
    start({ waitForUpdate: 2000, regions: [{ region: ['ES'], analytics_storage: 'denied' }] })
    expect(entries().map((entry) => (entry as [string, string, { wait_for_update?: number }])[2].wait_for_update)).toEqual([2000, 2000])
  })

  it.each([
    [{ mapping: { analytics: ['analytics'] } }, 'google.mapping.analytics[0] must be one of security_storage, functionality_storage, personalization_storage, analytics_storage, ad_storage, ad_user_data, ad_personalization'],
    [{ mapping: { analytics: 'analytics_storage' } }, 'google.mapping.analytics must be a list'],
    [{ mapping: { statistics: ['analytics_storage'] } }, 'google.mapping.statistics must be one of necessary, functional, analytics, marketing'],
    [{ mapping: { toString: ['analytics_storage'] } }, 'google.mapping.toString must be one of necessary, functional, analytics, marketing'],
    [{ mapping: ['analytics_storage'] }, 'google.mapping must be an object'],
    [{ mapping: 'analytics' }, 'google.mapping must be an object'],
    [{ waitForUpdate: '500' }, 'google.waitForUpdate must be a number'],
    [{ waitForUpdate: 1.5 }, 'google.waitForUpdate must be an integer >= 0'],
    [{ waitForUpdate: -1 }, 'google.waitForUpdate must be an integer >= 0'],
    [{ adsDataRedaction: 'yes' }, 'google.adsDataRedaction must be a boolean'],
    [{ url_passthrough: true }, 'google.url_passthrough is not a known option'],
    [{ regions: { region: ['ES'] } }, 'google.regions must be a list'],
    [{ regions: [{ region: 'ES' }] }, 'google.regions[0].region must be a list'],
    [{ regions: [{ ad_storage: 'denied' }] }, 'google.regions[0].region must list ISO 3166-2 codes'],
    [{ regions: [null] }, 'google.regions[0] must be an object'],
    [{ regions: [{ region: [] }] }, 'google.regions[0].region must list ISO 3166-2 codes'],
    [{ regions: [{ region: ['es'] }] }, 'google.regions[0].region must list ISO 3166-2 codes'],
    [{ regions: [{ region: ['ES'] }, { region: ['FR'], analytics: 'denied' }] }, 'google.regions[1].analytics is not a known option'],
    [{ regions: [{ region: ['ES'], ad_storage: true }] }, 'google.regions[0].ad_storage must be a string'],
    [{ regions: [{ region: ['ES'], ad_storage: ['granted'] }] }, 'google.regions[0].ad_storage must be a string'],
    [{ regions: [{ region: ['ES'], ad_storage: 'allowed' }] }, 'google.regions[0].ad_storage must be one of granted, denied'],
    ['yes', 'google must be an object'],
    [{ mapping: { analytics: [1] } }, 'google.mapping.analytics[0] must be a string'],
  ])('refuses %j', (options, message) => {
    const consent = createConsent(config)
    consents.push(consent)
    expect(() => googleConsentMode(consent, options as GoogleConsentModeOptions)).toThrowError(`assent: ${message}`)
    expect(w.dataLayer ?? []).toEqual([])
  })
})
