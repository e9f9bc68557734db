import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../src/index'
import type { Consent } from '../../src/core/types'
import { baseConfig, clearCookies } from './core-fixtures'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
let consent: Consent

beforeEach(() => {
  clearCookies()
  consent = createConsent(baseConfig())
})
afterEach(() => consent.destroy())

describe('decisions', () => {
  it('starts undecided with only required purposes granted', () => {
    expect(consent.decided).toBe(false)
    expect(consent.record).toBeNull()
    expect(consent.granted('necessary')).toBe(true)
    expect(consent.granted('session')).toBe(true)
    for (const name of ['functional', 'analytics', 'marketing', 'ga4', 'tidio', 'youtube']) expect(consent.granted(name)).toBe(false)
    expect(consent.granted('unknown')).toBe(false)
  })

  it('acceptAll grants everything and writes a complete record', () => {
    const record = consent.acceptAll('banner')
    expect(record).toMatchObject({
      policyVersion: '2025-01-08', action: 'accept-all', source: 'banner',
      choices: { necessary: true, functional: true, analytics: true, marketing: true },
      services: { session: true, tidio: true, ga4: true, hotjar: true, facebook: true, youtube: true },
      signals: { doNotTrack: false, globalPrivacyControl: false },
    })
    expect(record.id).toMatch(UUID)
    expect(record.subject).toMatch(UUID)
    expect(record.url).toBe(location.origin + location.pathname)
    expect(Date.parse(record.expiresAt) - Date.parse(record.createdAt)).toBe(182 * 86_400_000)
    expect(consent.decided).toBe(true)
    expect(consent.record).toEqual(record)
  })

  it('rejectAll refuses everything but required', () => {
    const record = consent.rejectAll('banner')
    expect(record.choices).toEqual({ necessary: true, functional: false, analytics: false, marketing: false })
    expect(record.services).toEqual({ session: true, tidio: false, ga4: false, hotjar: false, facebook: false, youtube: false })
    expect(record.action).toBe('reject-all')
  })

  it('save: a granted category takes its services unless they are named false; the rest is refused', () => {
    const record = consent.save({ marketing: true, facebook: false }, 'preferences')
    expect(record.action).toBe('custom')
    expect(record.choices).toEqual({ necessary: true, functional: false, analytics: false, marketing: true })
    expect(record.services).toMatchObject({ facebook: false, youtube: true, ga4: false })
    expect(consent.granted('marketing')).toBe(true)
    expect(consent.granted('youtube')).toBe(true)
    expect(consent.granted('facebook')).toBe(false)
  })

  it('save: a service granted on its own does not grant its category', () => {
    consent.save({ youtube: true })
    expect(consent.granted('youtube')).toBe(true)
    expect(consent.granted('marketing')).toBe(false)
    expect(consent.granted('facebook')).toBe(false)
  })

  it('save: a required category cannot be refused', () => {
    const record = consent.save({ necessary: false, session: false })
    expect(record.choices.necessary).toBe(true)
    expect(record.services.session).toBe(true)
  })

  it('save rejects unknown names, non-booleans and bad sources, naming the field, and stores nothing', () => {
    expect(() => consent.save({ analitycs: true })).toThrow(/choices\.analitycs/)
    expect(() => consent.save({ analytics: 'yes' as unknown as boolean })).toThrow(/choices\.analytics/)
    expect(() => consent.save({ toString: true })).toThrow(/choices\.toString/)
    expect(() => consent.save(true as unknown as Record<string, boolean>)).toThrow(/choices/)
    expect(() => consent.acceptAll('signal' as 'api')).toThrow(/source/)
    expect(consent.decided).toBe(false)
  })

  it('withdraw is recorded as its own action and refuses everything', () => {
    consent.acceptAll()
    const record = consent.withdraw('preferences')
    expect(record.action).toBe('withdraw')
    expect(record.source).toBe('preferences')
    expect(consent.granted('analytics')).toBe(false)
    expect(consent.granted('necessary')).toBe(true)
  })

  it('keeps the subject across decisions and makes a new id each time', () => {
    const first = consent.acceptAll()
    const second = consent.rejectAll()
    expect(second.subject).toBe(first.subject)
    expect(second.id).not.toBe(first.id)
  })

  it('reset forgets the local record', () => {
    consent.acceptAll()
    consent.reset()
    expect(consent.decided).toBe(false)
    expect(consent.granted('analytics')).toBe(false)
    const again = createConsent(baseConfig())
    expect(again.decided).toBe(false)
    again.destroy()
  })

  it('a stored decision is read back by the next page load', () => {
    const record = consent.save({ analytics: true, hotjar: false })
    const next = createConsent(baseConfig())
    expect(next.decided).toBe(true)
    expect(next.record).toEqual(record)
    expect(next.granted('ga4')).toBe(true)
    expect(next.granted('hotjar')).toBe(false)
    next.destroy()
  })

  it('records the language the UI set', () => {
    consent.language = 'de-AT'
    expect(consent.acceptAll().language).toBe('de-AT')
  })

  it('uses getRandomValues for ids where randomUUID is missing (plain http)', () => {
    const original = crypto.randomUUID
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true })
    try {
      const ids = new Set(Array.from({ length: 50 }, () => consent.acceptAll().id))
      expect(ids.size).toBe(50)
      for (const id of ids) expect(id).toMatch(UUID)
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true })
    }
  })
})

describe('events', () => {
  it('emits change with the previous record, and grant/revoke for categories and services', () => {
    const changes: Array<[string | undefined, string | undefined]> = []
    const grants: string[] = []
    const revokes: string[] = []
    consent.on('change', (record, previous) => changes.push([record?.action, previous?.action]))
    consent.on('grant', (name) => grants.push(name))
    consent.on('revoke', (name) => revokes.push(name))
    consent.save({ analytics: true, hotjar: false })
    expect(grants.sort()).toEqual(['analytics', 'ga4'])
    consent.save({ analytics: true, youtube: true })
    expect(grants.sort()).toEqual(['analytics', 'ga4', 'hotjar', 'youtube'])
    consent.withdraw()
    expect(revokes.sort()).toEqual(['analytics', 'ga4', 'hotjar', 'youtube'])
    expect(changes).toEqual([['custom', undefined], ['custom', 'custom'], ['withdraw', 'custom']])
  })

  it('on returns an unbind function', () => {
    const listener = vi.fn()
    const off = consent.on('change', listener)
    off()
    consent.acceptAll()
    expect(listener).not.toHaveBeenCalled()
  })

  it('when resolves at once for a granted name and later on grant', async () => {
    await expect(consent.when('necessary')).resolves.toBeUndefined()
    let resolved = false
    const waiting = consent.when('ga4').then(() => (resolved = true))
    consent.save({ marketing: true })
    await Promise.resolve()
    expect(resolved).toBe(false)
    consent.save({ ga4: true })
    await waiting
    expect(resolved).toBe(true)
    await expect(consent.when('nope')).rejects.toThrow(/nope/)
  })
})
