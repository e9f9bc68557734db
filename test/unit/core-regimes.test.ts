import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AssentConfigError, createConsent } from '../../src/index'
import { regionKeys } from '../../src/core/regions'
import type { ConsentConfig, RegimeRule } from '../../src/core/types'
import { baseConfig, clearCookies, stub } from './core-fixtures'

let undo: Array<() => void> = []
const set = (target: object, key: string, value: unknown) => undo.push(stub(target, key, value))

beforeEach(() => {
  clearCookies()
  // Other files may leave a signal on; these tests set the ones they need.
  set(navigator, 'doNotTrack', null)
  set(navigator, 'globalPrivacyControl', false)
})
afterEach(() => {
  undo.reverse().forEach((u) => u())
  undo = []
})

const REGIMES: Record<string, RegimeRule> = {
  EEA: 'opt-in',
  EU: { model: 'opt-in', optOut: ['functional'] },
  GB: { model: 'opt-in', optOut: ['analytics'] },
  US: 'opt-out',
  'US-CA': 'opt-out',
  'US-TX': 'none',
  JP: 'none',
  default: 'opt-in',
}
const at = (region: string | null, regimes: ConsentConfig['regimes'] = REGIMES, extra: Partial<ConsentConfig> = {}) =>
  createConsent({ ...baseConfig(), region, regimes, ...extra })
const NON_REQUIRED = ['functional', 'analytics', 'marketing', 'tidio', 'ga4', 'hotjar', 'facebook', 'youtube']
const grantedOf = (consent: ReturnType<typeof createConsent>) => NON_REQUIRED.filter((name) => consent.granted(name))

describe('region matching', () => {
  it('lists the keys most specific first: subdivision, country, groups (smallest first), default', () => {
    const keys = (region: string | null) => [...new Set(regionKeys(region))].filter(Boolean)
    expect(keys('FR-75')).toEqual(['FR-75', 'FR', 'EU', 'EEA', 'default'])
    expect(keys('NO')).toEqual(['NO', 'EEA', 'default'])
    expect(keys('US-CA')).toEqual(['US-CA', 'US', 'default'])
    expect(keys(null)).toEqual(['default'])
  })

  const cases: Array<[string | null, string, string[]]> = [
    ['US-CA', 'opt-out', NON_REQUIRED], // the subdivision
    ['US-WA', 'opt-out', NON_REQUIRED], // its country
    ['US-TX', 'none', NON_REQUIRED], // the subdivision over its country
    ['DE', 'opt-in', ['functional', 'tidio']], // 'EU' (smaller) over 'EEA'
    ['NO', 'opt-in', []], // EEA, not EU
    ['GB', 'opt-in', ['analytics', 'ga4', 'hotjar']], // optOut inside opt-in
    ['BR', 'opt-in', []], // default
    [null, 'opt-in', []], // unknown: default
  ]
  it.each(cases)('%s: %s, granted before a decision: %j', (region, model, granted) => {
    const consent = at(region)
    expect(consent.regime.model).toBe(model)
    expect(consent.regime.region).toBe(region)
    expect(consent.decided).toBe(false)
    expect(grantedOf(consent)).toEqual(granted)
    expect(consent.granted('necessary')).toBe(true)
  })

  it('is opt-in everywhere without `regimes`, and where no key matches and there is no default', () => {
    expect(createConsent({ ...baseConfig(), region: 'US-CA' }).regime).toEqual({ region: 'US-CA', model: 'opt-in', optOut: [] })
    expect(at('US-CA', { DE: 'opt-out' }).regime.model).toBe('opt-in')
    expect(grantedOf(at('US-CA', { DE: 'opt-out' }))).toEqual([])
  })

  it('leaves the config it was given as it was', () => {
    const regimes = { US: 'opt-out', GB: { model: 'opt-in', optOut: ['analytics'] } } as const
    const copy = JSON.stringify(regimes)
    at('US', regimes as never)
    expect(JSON.stringify(regimes)).toBe(copy)
  })


  it('never lists a required category as opt-out', () => {
    expect(at('GB', { GB: { model: 'opt-in', optOut: ['necessary', 'analytics'] } }).regime.optOut).toEqual(['analytics'])
    expect(at('US', { US: 'opt-out' }).regime.optOut).toEqual(['functional', 'analytics', 'marketing'])
  })
})

describe("the 'recommended' preset", () => {
  const cases: Array<[string | null, string]> = [
    ['DE', 'opt-in'], ['IS', 'opt-in'], ['GB', 'opt-in'], ['CH', 'opt-in'], ['CA-QC', 'opt-in'], ['BR', 'opt-in'],
    ['US-CA', 'opt-out'], ['US-CO', 'opt-out'], ['US-WA', 'opt-out'], ['US', 'opt-out'],
    ['CA-ON', 'opt-in'], ['JP', 'opt-in'], [null, 'opt-in'],
  ]
  it.each(cases)('%s: %s', (region, model) => {
    expect(at(region, 'recommended').regime.model).toBe(model)
  })
})

describe("region 'timezone'", () => {
  const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions
  const inZone = (timeZone: string) => (Intl.DateTimeFormat.prototype.resolvedOptions = function () {
    return { ...resolvedOptions.call(this), timeZone }
  })
  afterEach(() => {
    Intl.DateTimeFormat.prototype.resolvedOptions = resolvedOptions
  })

  // Under 'recommended': the countries it names, alone or through the EEA.
  const zones: Array<[string, string | null, string]> = [
    ['Europe/Berlin', 'DE', 'opt-in'], ['Europe/Paris', 'FR', 'opt-in'], ['Atlantic/Canary', 'ES', 'opt-in'],
    ['Asia/Nicosia', 'CY', 'opt-in'], ['Europe/Oslo', 'NO', 'opt-in'], ['Atlantic/Reykjavik', 'IS', 'opt-in'],
    ['Europe/London', 'GB', 'opt-in'], ['Europe/Zurich', 'CH', 'opt-in'], ['America/Sao_Paulo', 'BR', 'opt-in'],
    ['America/Los_Angeles', 'US', 'opt-out'], ['America/New_York', 'US', 'opt-out'], ['America/Indiana/Knox', 'US', 'opt-out'],
    ['Pacific/Honolulu', 'US', 'opt-out'],
    // Canada through 'CA-QC': the country, never the province, so the default.
    ['America/Toronto', 'CA', 'opt-in'],
    ['Asia/Tokyo', null, 'opt-in'], ['Europe/Kyiv', null, 'opt-in'], ['UTC', null, 'opt-in'],
  ]
  it.each(zones)('%s is %s (%s)', (zone, region, model) => {
    inZone(zone)
    expect(at('timezone', 'recommended').regime).toMatchObject({ region, model })
  })

  it('tells apart only the countries the regimes name', () => {
    inZone('Europe/Vienna')
    expect(at('timezone', { DE: 'opt-in', US: 'opt-out' }).regime.region).toBe(null)
    expect(at('timezone', { AT: 'none' }).regime).toMatchObject({ region: 'AT', model: 'none' })
    expect(at('timezone', { default: 'opt-out' }).regime).toMatchObject({ region: null, model: 'opt-out' })
    inZone('Europe/Berlin') // 'default' names no country (not 'DE')
    expect(at('timezone', { default: 'opt-out' }).regime).toMatchObject({ region: null, model: 'opt-out' })
  })

  it('is an unknown region where the browser cannot say', () => {
    inZone('Europe/Berlin')
    const { Locale } = Intl
    try {
      ;(Intl as any).Locale = function () {
        return {}
      }
      expect(at('timezone', 'recommended').regime.region).toBe(null)
    } finally {
      ;(Intl as any).Locale = Locale
    }
  })
})

describe('every model before and after a decision', () => {
  it.each([['DE'], ['NO'], ['US-CA'], ['JP']])('%s: a refusal refuses, an acceptance grants, withdraw refuses, and each record names the regime', (region) => {
    const consent = at(region)
    const { model } = consent.regime
    const defaults = grantedOf(consent)
    expect(consent.rejectAll('banner').regime).toEqual({ region, model })
    expect(grantedOf(consent)).toEqual([])
    expect(consent.acceptAll().regime).toEqual({ region, model })
    expect(grantedOf(consent)).toEqual(NON_REQUIRED)
    consent.save({ analytics: true, ga4: false })
    expect(grantedOf(consent)).toEqual(['analytics', 'hotjar'])
    consent.withdraw()
    expect(grantedOf(consent)).toEqual([])
    // A reset goes back to the regime's defaults, announcing the difference.
    const grants: string[] = []
    consent.on('grant', (name) => grants.push(name))
    consent.reset()
    expect(grants).toEqual(defaults)
    expect(defaults.length > 0).toBe(region != 'NO')
  })

  it('records an unknown region as null', () => {
    expect(at(null).acceptAll().regime).toEqual({ region: null, model: 'opt-in' })
  })

  it('reports the opt-out categories granted before a decision through when()', async () => {
    await expect(at('GB').when('ga4')).resolves.toBeUndefined()
  })
})

describe("the 'notice' action", () => {
  it("records the regime's defaults as the choices, from the banner, and counts as a decision there", () => {
    const consent = at('US-CA')
    const record = consent.notice()
    expect(record).toMatchObject({ action: 'notice', source: 'banner', regime: { region: 'US-CA', model: 'opt-out' } })
    expect(record.choices).toEqual({ necessary: true, functional: true, analytics: true, marketing: true })
    expect(Object.values(record.services).every(Boolean)).toBe(true)
    expect(consent.decided).toBe(true)
    expect(at('US-CA').decided).toBe(true)
    expect(at('US-NY').record?.id).toBe(record.id) // another opt-out regime
  })

  it('is no decision once the same browser is under an opt-in regime: the visitor is asked, nothing is granted', () => {
    at('US-CA').notice()
    const inEurope = at('DE', REGIMES)
    expect(inEurope.decided).toBe(false)
    expect(inEurope.granted('marketing')).toBe(false)
    expect(at(null).decided).toBe(false)
    // Back in California, the notice still stands (it was not overwritten).
    expect(at('US-CA').record?.action).toBe('notice')
  })

  it('keeps the subject when a notice is set aside, so the server links the history', () => {
    const first = at('US-CA').notice()
    expect(at('DE').acceptAll().subject).toBe(first.subject)
  })

  it('is refused under an opt-in regime, naming the call', () => {
    expect(() => at('DE').notice()).toThrow(AssentConfigError)
    expect(() => at('DE').notice()).toThrow(/notice\(\)/)
  })

  it('leaves an explicit choice valid everywhere', () => {
    const choice = at('US-CA').rejectAll('banner')
    expect(at('DE').record?.id).toBe(choice.id)
    expect(at('JP').record?.id).toBe(choice.id)
    const accepted = at('US-CA').acceptAll('banner')
    expect(at('DE').granted('marketing')).toBe(true)
    expect(at('DE').record?.id).toBe(accepted.id)
  })

  it('treats a record from before regimes (no `regime`) as the explicit choice it was', () => {
    const consent = createConsent(baseConfig())
    const record = consent.acceptAll()
    expect(record.regime).toEqual({ region: null, model: 'opt-in' })
    expect(at('US-CA').record?.id).toBe(record.id)
  })
})

describe('Global Privacy Control in each model', () => {
  it.each([['DE'], ['GB'], ['US-CA'], ['JP'], [null]])('%s: an honoured GPC is a refusal from the signal, and the banner has nothing to ask', (region) => {
    set(navigator, 'globalPrivacyControl', true)
    const consent = at(region)
    expect(consent.record).toMatchObject({ action: 'reject-all', source: 'signal', regime: { region, model: consent.regime.model } })
    expect(consent.decided).toBe(true)
    expect(grantedOf(consent)).toEqual([])
  })

  it('US-CA: a notice dismissed before GPC is turned on gives way to the signal', () => {
    at('US-CA').notice()
    set(navigator, 'globalPrivacyControl', true)
    const consent = at('US-CA')
    expect(consent.record).toMatchObject({ action: 'reject-all', source: 'signal' })
    expect(consent.granted('marketing')).toBe(false)
  })

  it('US-CA: with honorGlobalPrivacyControl false, GPC changes nothing and the defaults stand', () => {
    set(navigator, 'globalPrivacyControl', true)
    const consent = at('US-CA', REGIMES, { honorGlobalPrivacyControl: false })
    expect(consent.decided).toBe(false)
    expect(grantedOf(consent)).toEqual(NON_REQUIRED)
  })
})

describe('bad region and regimes values', () => {
  function fieldOf(region: unknown, regimes: unknown): string {
    try {
      createConsent({ ...baseConfig(), region, regimes } as ConsentConfig)
    } catch (error) {
      expect(error).toBeInstanceOf(AssentConfigError)
      return (error as AssentConfigError).field
    }
    throw new Error('config was accepted')
  }
  const cases: Array<[string, unknown, unknown, string]> = [
    ['region a number', 49, undefined, 'region'],
    ['region a country name', 'Germany', undefined, 'region'],
    ['region with an empty subdivision', 'US-', undefined, 'region'],
    ['region an object', { country: 'US' }, undefined, 'region'],
    ['region in lower case (codes are upper case, as CDNs send them)', 'us-ca', undefined, 'region'],
    ['regimes a list', null, ['opt-in'], 'regimes'],
    ['regimes an unknown preset', null, 'strict', 'regimes'],
    ['an unknown region key', null, { Europe: 'opt-in' }, 'regimes.Europe'],
    ['a lower-case region key', null, { de: 'opt-in' }, 'regimes.de'],
    ['a key of Object.prototype', null, { toString: 'opt-in' }, 'regimes.toString'],
    ['an unknown model', null, { US: 'opt-outt' }, 'regimes.US'],
    ['a model of the wrong type', null, { US: true }, 'regimes.US'],
    ['a rule without a model', null, { GB: { optOut: ['analytics'] } }, 'regimes.GB.model'],
    ['an unknown rule key', null, { GB: { model: 'opt-in', optout: ['analytics'] } }, 'regimes.GB.optout'],
    ['optOut not a list', null, { GB: { model: 'opt-in', optOut: 'analytics' } }, 'regimes.GB.optOut'],
    ['optOut naming no category', null, { GB: { model: 'opt-in', optOut: ['statistics'] } }, 'regimes.GB.optOut[0]'],
    ['optOut naming a service', null, { GB: { model: 'opt-in', optOut: ['ga4'] } }, 'regimes.GB.optOut[0]'],
  ]
  it.each(cases)('rejects %s, naming the field', (_, region, regimes, field) => {
    expect(fieldOf(region, regimes)).toBe(field)
  })
})
