import { describe, expect, it } from 'vitest'
import { AssentConfigError, createConsent } from '../../src/index'
import type { ConsentConfig } from '../../src/core/types'
import { baseConfig } from './core-fixtures'
import { checkShape } from '../../src/core/check-shape'

function errorOf(config: unknown): AssentConfigError {
  try {
    createConsent(config as ConsentConfig)
  } catch (error) {
    return error as AssentConfigError
  }
  throw new Error('config was accepted')
}

const cases: Array<[string, (c: Record<string, any>) => unknown, string]> = [
  ['not an object', () => 'config', 'config'],
  ['no policy', (c) => ({ ...c, policy: undefined }), 'policy.version'],
  ['non-string policy version', (c) => ({ ...c, policy: { version: 3 } }), 'policy.version'],
  ['empty policy version', (c) => ({ ...c, policy: { version: '' } }), 'policy.version'],
  ['blank policy version', (c) => ({ ...c, policy: { version: '  x' } }), 'policy.version'],
  ['overlong policy version', (c) => ({ ...c, policy: { version: 'x'.repeat(65) } }), 'policy.version'],
  ['policy url not a string', (c) => ({ ...c, policy: { version: '1', url: 5 } }), 'policy.url'],
  ['unknown policy key', (c) => ({ ...c, policy: { version: '1', verison: '2' } }), 'policy.verison'],
  ['unknown top-level key', (c) => ({ ...c, categorys: {} }), 'categorys'],
  ['categories missing', (c) => ({ ...c, categories: undefined }), 'categories'],
  ['categories empty', (c) => ({ ...c, categories: {} }), 'categories'],
  ['categories an array', (c) => ({ ...c, categories: ['analytics'] }), 'categories'],
  ['category not an object', (c) => ({ ...c, categories: { analytics: true } }), 'categories.analytics'],
  ['category with a bad name', (c) => ({ ...c, categories: { 'my analytics': {} } }), 'categories.my analytics'],
  ['category named __proto__', (c) => ({ ...c, categories: JSON.parse('{"__proto__": {}}') }), 'categories.__proto__'],
  ['required not boolean', (c) => ({ ...c, categories: { necessary: { required: 'yes' } } }), 'categories.necessary.required'],
  ['unknown category key', (c) => ({ ...c, categories: { analytics: { title: 'x' } } }), 'categories.analytics.title'],
  ['services an array', (c) => ({ ...c, categories: { analytics: { services: ['ga4'] } } }), 'categories.analytics.services'],
  ['service named like a category', (c) => ({ ...c, categories: { analytics: {}, marketing: { services: { analytics: {} } } } }), 'categories.marketing.services.analytics'],
  ['service in two categories', (c) => ({ ...c, categories: { analytics: { services: { ga4: {} } }, marketing: { services: { ga4: {} } } } }), 'categories.marketing.services.ga4'],
  ['cookies not an array', (c) => ({ ...c, categories: { analytics: { services: { ga4: { cookies: '_ga' } } } } }), 'categories.analytics.services.ga4.cookies'],
  ['empty cookie glob', (c) => ({ ...c, categories: { analytics: { services: { ga4: { cookies: [''] } } } } }), 'categories.analytics.services.ga4.cookies'],
  ['storage with a number', (c) => ({ ...c, categories: { analytics: { services: { ga4: { storage: [1] } } } } }), 'categories.analytics.services.ga4.storage[0]'],
  ['unknown service key', (c) => ({ ...c, categories: { analytics: { services: { ga4: { cookie: [] } } } } }), 'categories.analytics.services.ga4.cookie'],
  ['negative expiry', (c) => ({ ...c, expiresAfterDays: -1 }), 'expiresAfterDays'],
  ['zero expiry', (c) => ({ ...c, expiresAfterDays: 0 }), 'expiresAfterDays'],
  ['expiry as a string', (c) => ({ ...c, expiresAfterDays: '30' }), 'expiresAfterDays'],
  ['expiry beyond the 400-day cookie cap', (c) => ({ ...c, expiresAfterDays: 401 }), 'expiresAfterDays'],
  ['expiry NaN', (c) => ({ ...c, expiresAfterDays: NaN }), 'expiresAfterDays'],
  ['cookie not an object', (c) => ({ ...c, cookie: 'assent' }), 'cookie'],
  ['cookie name with a space', (c) => ({ ...c, cookie: { name: 'my cookie' } }), 'cookie.name'],
  ['cookie name with "="', (c) => ({ ...c, cookie: { name: 'a=b' } }), 'cookie.name'],
  ['cookie path relative', (c) => ({ ...c, cookie: { path: 'app' } }), 'cookie.path'],
  ['cookie path an array', (c) => ({ ...c, cookie: { path: ['/'] } }), 'cookie.path'],
  ['cookie domain with a slash', (c) => ({ ...c, cookie: { domain: 'example.com/x' } }), 'cookie.domain'],
  ['cookie sameSite unknown', (c) => ({ ...c, cookie: { sameSite: 'lax-ish' } }), 'cookie.sameSite'],
  ['unknown cookie key', (c) => ({ ...c, cookie: { secure: true } }), 'cookie.secure'],
  ['honorDoNotTrack not boolean', (c) => ({ ...c, honorDoNotTrack: 1 }), 'honorDoNotTrack'],
  ['honorGlobalPrivacyControl not boolean', (c) => ({ ...c, honorGlobalPrivacyControl: 'no' }), 'honorGlobalPrivacyControl'],
]

describe('config validation', () => {
  it.each(cases)('rejects %s, naming the field', (_, make, field) => {
    const error = errorOf(make(baseConfig()))
    expect(error).toBeInstanceOf(AssentConfigError)
    expect(error.field).toBe(field)
    expect(error.message).toContain(field)
  })

  it('accepts a full config and fills in the defaults', () => {
    const consent = createConsent(baseConfig())
    expect(consent.config.expiresAfterDays).toBe(182)
    expect(consent.config.cookie).toEqual({ name: 'assent', domain: undefined, path: '/', sameSite: 'Lax' })
    expect(consent.config.honorDoNotTrack).toBe(true)
    expect(consent.config.honorGlobalPrivacyControl).toBe(true)
    expect(consent.config.categories.analytics.services.ga4).toEqual({ cookies: ['_ga', '_ga_*'], storage: [], hosts: [] })
    expect(Object.keys(consent.config.categories)).toEqual(['necessary', 'functional', 'analytics', 'marketing'])
    consent.destroy()
  })
})

describe('checkShape, the options checker of every part', () => {
  const example = { flag: false, list: [''], any: [], map: { '*': { n: 0 } } }
  const problem = (value: unknown) => {
    try {
      checkShape(value, example, 'x')
    } catch (error) {
      return (error as Error).message
    }
    return 'accepted'
  }

  it('accepts values of the example kinds and leaves undefined as unset', () => {
    expect(problem({ flag: true, list: ['a', 'b'], any: [1, 'a', {}], map: { a: { n: 1 }, b: {} } })).toBe('accepted')
    expect(problem({ flag: undefined, map: { a: { n: undefined } } })).toBe('accepted')
  })

  it.each([
    [[], 'assent: x must be an object'],
    [{ flag: 'true' }, 'assent: x.flag must be a boolean'],
    [{ list: 'a' }, 'assent: x.list must be a list'],
    [{ list: ['a', 2] }, 'assent: x.list[1] must be a string'],
    [{ map: { a: { n: '1' } } }, 'assent: x.map.a.n must be a number'],
    [{ map: { a: { m: 1 } } }, 'assent: x.map.a.m is not a known option'],
    [{ toString: 1 }, 'assent: x.toString is not a known option'],
    [JSON.parse('{"__proto__": {}}'), 'assent: x.__proto__ is not a known option'],
  ])('rejects %j with a message naming the field', (value, message) => {
    expect(problem(value)).toBe(message)
  })
})
