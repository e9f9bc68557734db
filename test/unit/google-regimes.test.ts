// Google Consent Mode's default follows the regime in force (SPEC sections 9 and 10).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../src/core/create-consent'
import { googleConsentMode } from '../../src/google/index'
import type { Consent, ConsentConfig } from '../../src/core/types'
import { clearCookies, stub } from './core-fixtures'

type GoogleWindow = { dataLayer?: unknown[]; gtag?: unknown }
const w = window as unknown as GoogleWindow
const config = (region: string): ConsentConfig => ({
  policy: { version: '1' },
  categories: { necessary: { required: true }, functional: {}, analytics: {}, marketing: {} },
  region,
  regimes: { EEA: 'opt-in', GB: { model: 'opt-in', optOut: ['analytics'] }, US: 'opt-out', JP: 'none' },
})
const commands = () => w.dataLayer!.filter((entry) => Object.prototype.toString.call(entry) === '[object Arguments]').map((entry) => Array.from(entry as ArrayLike<unknown>))
const DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied' }
const GRANTED = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted' }

let consents: Consent[] = []
let undo: Array<() => void> = []
const start = (region: string) => {
  const consent = createConsent(config(region))
  consents.push(consent)
  googleConsentMode(consent, { waitForUpdate: 0 })
  return consent
}
beforeEach(() => {
  delete w.dataLayer
  delete w.gtag
  clearCookies()
  undo.push(stub(navigator, 'globalPrivacyControl', false), stub(navigator, 'doNotTrack', null))
})
afterEach(() => {
  consents.forEach((consent) => consent.destroy())
  consents = []
  undo.reverse().forEach((u) => u())
  undo = []
})

describe('googleConsentMode under regimes', () => {
  const cases: Array<[string, object]> = [
    ['DE', DENIED],
    ['GB', { ...DENIED, analytics_storage: 'granted' }],
    ['US-CA', GRANTED],
    ['JP', GRANTED],
  ]
  it.each(cases)('%s: the default grants the types of the categories granted before a decision', (region, states) => {
    start(region)
    expect(commands()).toEqual([['consent', 'default', { ...states, security_storage: 'granted' }]])
  })

  it('US-CA: opting out sends one update denying every type but security', () => {
    start('US-CA').rejectAll('banner')
    expect(commands().slice(1)).toEqual([['consent', 'update', { ...DENIED, security_storage: 'granted' }]])
  })

  it('US-CA: with GPC the stored refusal is sent right after the default, before any tag', () => {
    undo.push(stub(navigator, 'globalPrivacyControl', true))
    start('US-CA')
    expect(commands()).toEqual([
      ['consent', 'default', { ...GRANTED, security_storage: 'granted' }],
      ['consent', 'update', { ...DENIED, security_storage: 'granted' }],
    ])
  })
})
