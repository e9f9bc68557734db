// The production builds' config errors (src/core/explain.ts replaced with `false`): each still
// names its field, in the message and in `field`, and says no more.
import { describe, expect, it, vi } from 'vitest'
import { AssentConfigError, createConsent } from '../../src/index'
import type { ConsentConfig } from '../../src/core/types'

vi.mock('../../src/core/explain', () => ({ EXPLAIN: false, EXPLAINED_BY: 'a development build' }))

const base = { policy: { version: '1' }, categories: { necessary: { required: true }, analytics: {} } }

function errorOf(config: unknown): AssentConfigError {
  try {
    createConsent(config as ConsentConfig)
  } catch (error) {
    expect(error).toBeInstanceOf(AssentConfigError)
    return error as AssentConfigError
  }
  throw new Error('config was accepted')
}

describe('short config errors (production builds)', () => {
  const cases: Array<[string, unknown, string]> = [
    ['an unknown option', { ...base, cookies: {} }, 'cookies'],
    ['a wrong kind', { ...base, honorDoNotTrack: 'yes' }, 'honorDoNotTrack'],
    ['a value not allowed', { ...base, cookie: { sameSite: 'lax' } }, 'cookie.sameSite'],
    ['a bad name', { ...base, categories: { 'bad name': {} } }, 'categories.bad name'],
    ['a bad region', { ...base, region: 'Germany' }, 'region'],
    ['a bad regimes key', { ...base, regimes: { Europe: 'opt-in' } }, 'regimes.Europe'],
    ['an unknown optOut category', { ...base, regimes: { GB: { model: 'opt-in', optOut: ['stats'] } } }, 'regimes.GB.optOut[0]'],
  ]
  it.each(cases)('%s: names the field, without the explanation', (_, config, field) => {
    const error = errorOf(config)
    expect(error.field).toBe(field)
    expect(error.message).toBe(`assent: ${field} is invalid (a development build says why)`)
  })

  it('names the call for a misuse of the API too', () => {
    const consent = createConsent(base)
    expect(() => consent.save('all' as never)).toThrow('assent: choices is invalid')
    expect(() => consent.notice()).toThrow('assent: notice() is invalid')
    consent.destroy()
  })
})
