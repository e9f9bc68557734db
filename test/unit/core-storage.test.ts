import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../src/index'
import { encodeRecord } from '../../src/core/record-codec'
import type { ConsentRecord } from '../../src/core/types'
import { baseConfig, clearCookies, rawCookie, setRawCookie } from './core-fixtures'

beforeEach(() => clearCookies())
afterEach(() => vi.useRealTimers())

/** A valid stored record, as the core wrote it, for building bad variants from. */
function storedRecord(): ConsentRecord {
  const consent = createConsent(baseConfig())
  const record = consent.acceptAll()
  consent.destroy()
  clearCookies()
  return record
}

function decidedWith(raw: string): { decided: boolean; analytics: boolean } {
  setRawCookie(raw)
  const consent = createConsent(baseConfig())
  const result = { decided: consent.decided, analytics: consent.granted('analytics') }
  consent.destroy()
  return result
}

describe('stored values', () => {
  it('the cookie stays well under 4 KB even with many services', () => {
    const services = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`service_number_${i}`, { cookies: ['x'] }]))
    const consent = createConsent({ ...baseConfig(), categories: { ...baseConfig().categories, extra: { services } } })
    consent.acceptAll()
    expect(encodeURIComponent(rawCookie()!).length).toBeLessThan(4096)
    consent.destroy()
  })

  it('a valid stored value is a decision (control for the list below)', () => {
    expect(decidedWith(encodeRecord(storedRecord()))).toEqual({ decided: true, analytics: true })
  })

  const edit = (change: (record: Record<string, any>) => void) => () => {
    const record = storedRecord() as unknown as Record<string, any>
    change(record)
    return encodeRecord(record as ConsentRecord)
  }
  const bad: Array<[string, () => string]> = [
    ['empty', () => ''],
    ['plain text', () => 'yes'],
    ['JSON without the format tag', () => JSON.stringify(storedRecord())],
    ['a truncated value', () => encodeRecord(storedRecord()).slice(0, 60)],
    ['a hand-edited grant (checksum mismatch)', () => encodeRecord(storedRecord()).replace('"analytics":true', '"analytics":false').replace('"marketing":true', '"marketing":false').replace(/"functional":true/, '"functional":false')],
    ['a hand-edited refusal turned into a grant', () => {
      const record = storedRecord()
      record.choices.analytics = false
      return encodeRecord(record).replace('"analytics":false', '"analytics":true')
    }],
    ['a broken checksum', () => { const v = encodeRecord(storedRecord()); return v.slice(0, 2) + '00000000' + v.slice(10) }],
    ['an unknown format tag', () => 'z9' + encodeRecord(storedRecord()).slice(2)],
    ['oversized', () => encodeRecord({ ...storedRecord(), url: 'x'.repeat(5000) })],
    ['invalid JSON with a valid-looking prefix', () => 'a100000000{"id":'],
    ['an id that is not a UUID', edit((r) => { r.id = 'abc' })],
    ['a subject that is not a UUID', edit((r) => { r.subject = 42 })],
    ['choices missing', edit((r) => { delete r.choices })],
    ['choices as an array', edit((r) => { r.choices = [true, true] })],
    ['a choice that is not a boolean', edit((r) => { r.choices.analytics = 'true' })],
    ['a required category refused', edit((r) => { r.choices.necessary = false })],
    ['services missing', edit((r) => { delete r.services })],
    ['a service missing (config has it, record does not)', edit((r) => { delete r.services.hotjar })],
    ['a category missing', edit((r) => { delete r.choices.marketing })],
    ['signals missing', edit((r) => { delete r.signals })],
    ['another policy version', edit((r) => { r.policyVersion = '2024-01-01' })],
    ['expired', edit((r) => { r.expiresAt = new Date(Date.now() - 1000).toISOString() })],
    ['an unparseable expiry', edit((r) => { r.expiresAt = 'soon' })],
    ['older than expiresAfterDays', edit((r) => { r.createdAt = new Date(Date.now() - 183 * 86_400_000).toISOString() })],
    ['made in the future', edit((r) => { r.createdAt = new Date(Date.now() + 3 * 86_400_000).toISOString() })],
    ['an unparseable creation date', edit((r) => { r.createdAt = 'yesterday' })],
    ['null', () => 'a1' + '00000000' + 'null'],
    ['a bad %-escape', () => '%E0%A4%A'],
  ]

  it.each(bad)('treats %s as no decision, without throwing', (_, make) => {
    expect(decidedWith(make())).toEqual({ decided: false, analytics: false })
  })

  it('a record that lacks a newly configured category needs a new decision; a removed one does not', () => {
    const consent = createConsent(baseConfig())
    consent.acceptAll()
    consent.destroy()
    const added = createConsent({ ...baseConfig(), categories: { ...baseConfig().categories, social: {} } })
    expect(added.decided).toBe(false)
    added.destroy()
    const { marketing: _removed, ...rest } = baseConfig().categories
    const removed = createConsent({ ...baseConfig(), categories: rest })
    expect(removed.decided).toBe(true)
    removed.destroy()
  })

  it('a policy version change voids the record but keeps the subject', () => {
    const first = createConsent(baseConfig())
    const subject = first.acceptAll().subject
    first.destroy()
    const next = createConsent({ ...baseConfig(), policy: { version: '2026-01-01' } })
    expect(next.decided).toBe(false)
    expect(next.rejectAll().subject).toBe(subject)
    next.destroy()
  })

  it('expires after expiresAfterDays', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const start = new Date('2026-01-01T00:00:00Z').getTime()
    vi.setSystemTime(start)
    const consent = createConsent({ ...baseConfig(), expiresAfterDays: 30 })
    consent.acceptAll()
    consent.destroy()
    vi.setSystemTime(start + 29 * 86_400_000)
    const before = createConsent({ ...baseConfig(), expiresAfterDays: 30 })
    expect(before.decided).toBe(true)
    before.destroy()
    // A shorter expiry in today's config also voids older records.
    const shorter = createConsent({ ...baseConfig(), expiresAfterDays: 10 })
    expect(shorter.decided).toBe(false)
    shorter.destroy()
  })

  it('writes the cookie with path, SameSite=Lax and a max-age capped at 400 days', () => {
    const writes: string[] = []
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => descriptor.get!.call(document),
      set: (value: string) => { writes.push(value); descriptor.set!.call(document, value) },
    })
    try {
      const consent = createConsent({ ...baseConfig(), expiresAfterDays: 400, cookie: { name: 'cc', domain: 'localhost', sameSite: 'Strict' } })
      consent.acceptAll()
      consent.destroy()
    } finally {
      delete (document as unknown as Record<string, unknown>).cookie
    }
    expect(writes).toHaveLength(1)
    expect(writes[0]).toMatch(/^cc=a1[0-9a-f]{8}/)
    expect(writes[0]).toContain(';path=/;max-age=34560000;samesite=Strict;domain=localhost')
    expect(writes[0]).not.toContain('secure') // the test page is http
  })
})
