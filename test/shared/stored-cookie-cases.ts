// One table of stored consent cookies, read by the browser core (test/unit) and by
// readConsentCookie on the server (test/server): a value that one voids, the other must void.
// Pure data (no DOM): each case builds its cookie value relative to the current time.
import { encodeRecord } from '../../src/core/record-codec'
import type { ConsentConfig, ConsentRecord } from '../../src/core/types'

const DAY = 86_400_000

export const cookieConfig = (): ConsentConfig => ({
  policy: { version: '2025-01-08', url: '/privacy' },
  categories: {
    necessary: { required: true },
    analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'] } } },
    marketing: { services: { youtube: {} } },
  },
})

/** A record the core could have written just now, granting analytics and refusing marketing. */
export function validRecord(): ConsentRecord {
  const now = Date.now()
  return {
    id: '6f1c2a8e-3b4d-4c5e-9f60-718293a4b5c6',
    subject: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
    policyVersion: '2025-01-08',
    choices: { necessary: true, analytics: true, marketing: false },
    services: { ga4: true, youtube: false },
    action: 'custom',
    source: 'banner',
    signals: { doNotTrack: false, globalPrivacyControl: false },
    language: 'en',
    url: 'https://example.com/',
    createdAt: new Date(now - DAY).toISOString(),
    expiresAt: new Date(now + 181 * DAY).toISOString(),
  }
}

const edited = (change: (record: Record<string, any>) => void) => () => {
  const record = validRecord() as unknown as Record<string, any>
  change(record)
  return encodeURIComponent(encodeRecord(record as ConsentRecord))
}

export interface StoredCookieCase {
  name: string
  /** The cookie's value as the browser sends it (percent-encoded, as the core writes it). */
  value: () => string
  /** Whether it is a decision (the browser's `decided`, the server's non-null). */
  valid: boolean
}

export const storedCookieCases: StoredCookieCase[] = [
  { name: 'a valid record (control)', value: edited(() => {}), valid: true },
  { name: 'a valid record made with a new purpose removed from the config since', value: edited((r) => { r.choices.social = true }), valid: true },
  { name: 'corrupt: a broken checksum', value: () => { const v = encodeRecord(validRecord()); return encodeURIComponent(v.slice(0, 2) + '00000000' + v.slice(10)) }, valid: false },
  { name: 'corrupt: a hand-edited grant', value: () => encodeURIComponent(encodeRecord(validRecord()).replace('"marketing":false', '"marketing":true')), valid: false },
  { name: 'corrupt: truncated', value: () => encodeURIComponent(encodeRecord(validRecord()).slice(0, 80)), valid: false },
  { name: 'corrupt: plain text', value: () => 'yes', valid: false },
  { name: 'corrupt: a bad %-escape', value: () => '%E0%A4%A', valid: false },
  { name: 'corrupt: an id that is not a UUID', value: edited((r) => { r.id = 'abc' }), valid: false },
  { name: 'expired by its own date', value: edited((r) => { r.expiresAt = new Date(Date.now() - 1000).toISOString() }), valid: false },
  { name: 'expired: older than expiresAfterDays', value: edited((r) => { r.createdAt = new Date(Date.now() - 183 * DAY).toISOString() }), valid: false },
  { name: 'another policy version', value: edited((r) => { r.policyVersion = '2024-01-01' }), valid: false },
  { name: 'oversized', value: edited((r) => { r.url = 'x'.repeat(5000) }), valid: false },
  { name: 'a missing category choice', value: edited((r) => { delete r.choices.marketing }), valid: false },
  { name: 'a missing service choice', value: edited((r) => { delete r.services.ga4 }), valid: false },
  { name: 'a required category refused', value: edited((r) => { r.choices.necessary = false }), valid: false },
  { name: 'from the future', value: edited((r) => { r.createdAt = new Date(Date.now() + 3 * DAY).toISOString() }), valid: false },
  { name: 'signals missing', value: edited((r) => { delete r.signals }), valid: false },
]
