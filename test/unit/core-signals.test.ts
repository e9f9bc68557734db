import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../src/index'
import { readSignals } from '../../src/core/signals'
import { baseConfig, clearCookies, stub } from './core-fixtures'

let undo: Array<() => void> = []
const set = (target: object, key: string, value: unknown) => undo.push(stub(target, key, value))

beforeEach(() => clearCookies())
afterEach(() => {
  undo.reverse().forEach((u) => u())
  undo = []
})

describe('reading signals', () => {
  const dnt: Array<[string, object, string, unknown, boolean]> = [
    ['navigator.doNotTrack "1"', navigator, 'doNotTrack', '1', true],
    ['navigator.doNotTrack "yes" (old Firefox)', navigator, 'doNotTrack', 'yes', true],
    ['navigator.doNotTrack "0"', navigator, 'doNotTrack', '0', false],
    ['navigator.doNotTrack "no"', navigator, 'doNotTrack', 'no', false],
    ['navigator.doNotTrack "unspecified" (Firefox)', navigator, 'doNotTrack', 'unspecified', false],
    ['navigator.doNotTrack null', navigator, 'doNotTrack', null, false],
    ['window.doNotTrack "1" (IE 11, old Edge)', window, 'doNotTrack', '1', true],
    ['navigator.msDoNotTrack "1" (IE 9-10)', navigator, 'msDoNotTrack', '1', true],
    ['navigator.msDoNotTrack "0"', navigator, 'msDoNotTrack', '0', false],
  ]
  it.each(dnt)('%s', (_, target, key, value, expected) => {
    set(navigator, 'doNotTrack', null)
    set(target, key, value)
    expect(readSignals().doNotTrack).toBe(expected)
  })

  const gpc: Array<[unknown, boolean]> = [[true, true], [false, false], [undefined, false], ['true', false], [1, false]]
  it.each(gpc)('navigator.globalPrivacyControl %s means %s', (value, expected) => {
    set(navigator, 'globalPrivacyControl', value)
    expect(readSignals().globalPrivacyControl).toBe(expected)
  })
})

describe('honouring signals', () => {
  it('with no decision, an honoured DNT records a refusal from the signal', () => {
    set(navigator, 'doNotTrack', '1')
    const consent = createConsent(baseConfig())
    expect(consent.decided).toBe(true)
    expect(consent.signalHonored).toBe(true)
    expect(consent.record).toMatchObject({ action: 'reject-all', source: 'signal', signals: { doNotTrack: true, globalPrivacyControl: false } })
    expect(consent.granted('analytics')).toBe(false)
    expect(consent.granted('necessary')).toBe(true)
    consent.destroy()
  })

  it('GPC does the same', () => {
    set(navigator, 'globalPrivacyControl', true)
    const consent = createConsent(baseConfig())
    expect(consent.record).toMatchObject({ action: 'reject-all', source: 'signal', signals: { globalPrivacyControl: true } })
    consent.destroy()
  })

  it('does nothing when the signal is not honoured by config', () => {
    set(navigator, 'doNotTrack', '1')
    set(navigator, 'globalPrivacyControl', true)
    const consent = createConsent({ ...baseConfig(), honorDoNotTrack: false, honorGlobalPrivacyControl: false })
    expect(consent.decided).toBe(false)
    expect(consent.signals).toEqual({ doNotTrack: true, globalPrivacyControl: true })
    expect(consent.signalHonored).toBe(false)
    consent.destroy()
  })

  it('wins over a grant made while the signal was off', () => {
    const before = createConsent(baseConfig())
    const granted = before.acceptAll()
    before.destroy()
    set(navigator, 'globalPrivacyControl', true)
    const after = createConsent(baseConfig())
    expect(after.record).toMatchObject({ action: 'reject-all', source: 'signal' })
    expect(after.record!.id).not.toBe(granted.id)
    expect(after.record!.subject).toBe(granted.subject)
    expect(after.granted('marketing')).toBe(false)
    after.destroy()
  })

  it('a later explicit choice made while the signal is on stands on later visits', () => {
    set(navigator, 'doNotTrack', '1')
    const first = createConsent(baseConfig())
    const explicit = first.save({ analytics: true }, 'preferences')
    first.destroy()
    const later = createConsent(baseConfig())
    expect(later.record!.id).toBe(explicit.id)
    expect(later.granted('analytics')).toBe(true)
    later.destroy()
  })

  it('a signal refusal stays when the signal is later switched off (absence is not consent)', () => {
    undo.push(stub(navigator, 'doNotTrack', '1'))
    const first = createConsent(baseConfig())
    const refusal = first.record!
    first.destroy()
    undo.pop()!()
    const later = createConsent(baseConfig())
    expect(later.record!.id).toBe(refusal.id)
    expect(later.granted('analytics')).toBe(false)
    later.destroy()
  })
})
