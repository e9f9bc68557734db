// Malformed bodies: each is answered 400 with the field it breaks, never a 500; then a fuzz of
// random bodies, after which the server still stores and answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRecord, startApi, STORE_KINDS, type TestApi } from './fixtures'

const base = makeRecord()
const without = (field: string) => Object.fromEntries(Object.entries(base).filter(([key]) => key !== field))

// [what, body, field named in the error]
const MALFORMED: Array<[string, unknown, string]> = [
  ['not JSON', '{"id": ', 'body'],
  ['JSON null', 'null', 'body'],
  ['a JSON array', '[1, 2]', 'body'],
  ['a JSON string', '"record"', 'body'],
  ['an empty body', '', 'body'],
  ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'body'],
  ['an unknown field', { ...base, admin: true }, 'admin'],
  ['no id', without('id'), 'id'],
  ['a numeric id', { ...base, id: 42 }, 'id'],
  ['an id that is not a UUID', { ...base, id: 'abc' }, 'id'],
  ['a UUID v1 id', { ...base, id: 'c232ab00-9414-11ec-b3c8-9f6bdeced846' }, 'id'],
  ['an upper-case UUID id', { ...base, id: base.id.toUpperCase() }, 'id'],
  ['no subject', without('subject'), 'subject'],
  ['a subject with SQL', { ...base, subject: "x' OR 1=1 --" }, 'subject'],
  ['an empty policyVersion', { ...base, policyVersion: '' }, 'policyVersion'],
  ['a long policyVersion', { ...base, policyVersion: 'v'.repeat(65) }, 'policyVersion'],
  ['choices as an array', { ...base, choices: [true] }, 'choices'],
  ['empty choices', { ...base, choices: {} }, 'choices'],
  ['a choice that is not boolean', { ...base, choices: { necessary: 'yes' } }, 'choices.necessary'],
  ['a choice named __proto__', `{${JSON.stringify(base).slice(1, -1).replace('"choices":{', '"choices":{"__proto__":true,')}}`, 'choices.__proto__'],
  ['a choice name with spaces', { ...base, choices: { 'my analytics': true } }, 'choices.my analytics'],
  ['a service that is a number', { ...base, services: { ga4: 1 } }, 'services.ga4'],
  ['services as null', { ...base, services: null }, 'services'],
  ['too many services', { ...base, services: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`s${i}`, true])) }, 'services'],
  ['an unknown action', { ...base, action: 'accept-some' }, 'action'],
  ['an unknown source', { ...base, source: 'robot' }, 'source'],
  ['signals missing', without('signals'), 'signals'],
  ['a signal as a string', { ...base, signals: { doNotTrack: 'false', globalPrivacyControl: false } }, 'signals.doNotTrack'],
  ['an unknown signal', { ...base, signals: { ...base.signals, sec: true } }, 'signals.sec'],
  ['a language that is not BCP 47', { ...base, language: 'english please' }, 'language'],
  ['a relative url', { ...base, url: '/shop' }, 'url'],
  ['a javascript: url', { ...base, url: 'javascript:alert(1)' }, 'url'],
  ['a url with a query', { ...base, url: 'https://example.com/?email=a@b.c' }, 'url'],
  ['a createdAt that is not ISO', { ...base, createdAt: 'yesterday' }, 'createdAt'],
  ['an impossible createdAt', { ...base, createdAt: '2025-13-45T99:99:99Z' }, 'createdAt'],
  ['a numeric expiresAt', { ...base, expiresAt: 1767225600000 }, 'expiresAt'],
  ['an expiresAt before createdAt', { ...base, expiresAt: '2000-01-01T00:00:00.000Z' }, 'expiresAt'],
]

describe.each(STORE_KINDS)('bad input on %s', (kind) => {
  let api: TestApi
  beforeAll(async () => {
    api = await startApi(kind)
  })
  afterAll(async () => api?.close())

  it(`has at least 25 malformed bodies in the list (${MALFORMED.length})`, () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(25)
  })

  it.each(MALFORMED)('answers %s with 400 naming the field', async (_what, body, field) => {
    const response = await api.post(body instanceof Buffer ? new Uint8Array(body) : body)
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.field).toBe(field)
    expect(typeof error.message).toBe('string')
    expect(error.code).toMatch(/^invalid/)
  })

  it('answers a fuzz of random bodies without a 500 and stays healthy', async () => {
    let seed = 20260108
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
    const values = (): unknown => pick([
      null, true, 0, -1, 1e308, '', 'x'.repeat(Math.floor(random() * 200)), '\u0000', '\ud800', [], {}, [null],
      { __proto__: 1 }, crypto.randomUUID(), new Date().toISOString(), 'accept-all', { a: true }, 'https://e.com/',
    ])
    const statuses = new Map<number, number>()
    for (let i = 0; i < 300; i++) {
      let body: unknown
      const mode = i % 3
      if (mode === 0) {
        // A valid record with one field broken or one extra key.
        const record: Record<string, unknown> = { ...makeRecord() }
        record[pick(Object.keys(record).concat(['extra', 'constructor']))] = values()
        body = record
      } else if (mode === 1) {
        body = Object.fromEntries(Array.from({ length: Math.floor(random() * 6) }, () => [pick(['id', 'choices', 'x', '']), values()]))
      } else {
        // Random bytes, mostly printable.
        body = Array.from({ length: Math.floor(random() * 120) }, () => String.fromCharCode(Math.floor(random() * 128))).join('')
      }
      const response = await api.post(body)
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      expect(response.status, `body ${JSON.stringify(body)?.slice(0, 200)}`).toBeLessThan(500)
      await response.arrayBuffer()
    }
    expect(statuses.get(400)).toBeGreaterThan(200)
    expect((await fetch(`${api.url}/health`)).status).toBe(200)
    const record = makeRecord()
    expect((await api.post(record)).status).toBe(201)
    expect((await api.store.listBySubject(record.subject))[0].id).toBe(record.id)
  })
})
