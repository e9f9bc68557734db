// Every status code of the wire protocol (SPEC.md section 6) over real HTTP, against SQLite and,
// when ASSENT_TEST_PG_URL is set, PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRecord, startApi, WRITE_KINDS, type TestApi } from './fixtures'

const TOKEN = 'test-admin-token-0123456789'

describe.each(WRITE_KINDS)('wire protocol v1 on %s', (kind) => {
  let api: TestApi
  beforeAll(async () => {
    api = await startApi(kind, { adminToken: TOKEN, origins: ['https://example.com'] })
  })
  afterAll(async () => api?.close())

  it('stores a record: 201 {id, receivedAt}', async () => {
    const record = makeRecord()
    const response = await api.post(record)
    expect(response.status).toBe(201)
    const body = await response.json()
    expect(body.id).toBe(record.id)
    expect(Math.abs(Date.parse(body.receivedAt) - Date.now())).toBeLessThan(10_000)
  })

  it('answers the same id with the same content 200 and the first answer, in any key order', async () => {
    const record = makeRecord()
    const first = await (await api.post(record)).json()
    const reordered = Object.fromEntries(Object.entries(record).reverse())
    const again = await api.post(reordered)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(first)
    expect((await api.store.listBySubject(record.subject)).length).toBe(1)
  })

  it('answers the same id with other content 409 and keeps the first record', async () => {
    const record = makeRecord()
    await api.post(record)
    const response = await api.post({ ...record, choices: { ...record.choices, marketing: true } })
    expect(response.status).toBe(409)
    expect((await response.json()).error).toMatchObject({ code: 'conflict', field: 'id' })
    const [stored] = await api.store.listBySubject(record.subject)
    expect(stored.choices.marketing).toBe(false)
  })

  it('treats concurrent posts of one record as one: one 201, the rest 200', async () => {
    const record = makeRecord()
    const statuses = (await Promise.all(Array.from({ length: 8 }, () => api.post(record)))).map((r) => r.status).sort()
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201])
  })

  it('lists a subject newest first, each with what the server added', async () => {
    const subject = crypto.randomUUID()
    const first = makeRecord({ subject, action: 'accept-all' })
    const second = makeRecord({ subject, action: 'withdraw' })
    await api.post(first, { origin: 'https://example.com', 'user-agent': 'x'.repeat(400) })
    await new Promise((r) => setTimeout(r, 5))
    await api.post(second)
    const response = await fetch(`${api.url}/subjects/${subject}`)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.subject).toBe(subject)
    expect(body.records.map((r: { id: string }) => r.id)).toEqual([second.id, first.id])
    expect(body.records[1]).toMatchObject({ ...first, origin: 'https://example.com', ip: '127.0.0.0' })
    expect(body.records[1].userAgent).toHaveLength(256)
    expect(typeof body.records[1].receivedAt).toBe('string')
  })

  it('answers 404 for an unknown subject and 400 naming subject for a malformed one', async () => {
    const unknown = await fetch(`${api.url}/subjects/${crypto.randomUUID()}`)
    expect(unknown.status).toBe(404)
    const bad = await fetch(`${api.url}/subjects/not-a-uuid`)
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.field).toBe('subject')
  })

  it('exports a subject as a portable attachment', async () => {
    const record = makeRecord({ action: 'reject-all', choices: { necessary: true, analytics: false } })
    await api.post(record)
    const response = await fetch(`${api.url}/subjects/${record.subject}/export`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="consent-${record.subject}.json"`)
    const body = await response.json()
    expect(body).toMatchObject({ format: 'assent-export/1', subject: record.subject, retentionPeriod: 'P1095D' })
    expect(body.records).toHaveLength(1)
    expect(body.records[0].id).toBe(record.id)
    expect(body.events[0]).toMatchObject({ recordId: record.id, piiPrincipalId: record.subject, eventState: 'dpv:ConsentRefused' })
    expect((await fetch(`${api.url}/subjects/${crypto.randomUUID()}/export`)).status).toBe(404)
  })

  it('erases every record of a subject: 204, then 404', async () => {
    const subject = crypto.randomUUID()
    const other = makeRecord()
    await api.post(other)
    for (let i = 0; i < 3; i++) await api.post(makeRecord({ subject }))
    const response = await fetch(`${api.url}/subjects/${subject}`, { method: 'DELETE' })
    expect(response.status).toBe(204)
    expect((await fetch(`${api.url}/subjects/${subject}`)).status).toBe(404)
    expect(await api.store.listBySubject(subject)).toEqual([])
    expect((await api.store.listBySubject(other.subject)).length).toBe(1)
  })

  it('does not take records of an erased subject again (a late retry cannot undo an erasure): 410', async () => {
    const record = makeRecord()
    const late = makeRecord({ subject: record.subject })
    await api.post(record)
    expect((await fetch(`${api.url}/subjects/${record.subject}`, { method: 'DELETE' })).status).toBe(204)
    for (const body of [record, late]) {
      const response = await api.post(body)
      expect(response.status).toBe(410)
      expect((await response.json()).error).toMatchObject({ code: 'erased', field: 'subject' })
    }
    expect(await api.store.listBySubject(record.subject)).toEqual([])
    expect((await api.post(makeRecord())).status).toBe(201) // other subjects are not affected
  })

  it('keeps stats behind the admin token: 401 without, 200 daily counts with', async () => {
    const today = new Date().toISOString().slice(0, 10)
    expect((await fetch(`${api.url}/stats`)).status).toBe(401)
    const wrong = await fetch(`${api.url}/stats`, { headers: { authorization: `Bearer ${TOKEN}x` } })
    expect(wrong.status).toBe(401)
    const before = await (await fetch(`${api.url}/stats?from=${today}&to=${today}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()
    const count = (key: 'actions' | 'grants', name: string, body = before) => body.days.find((d: { day: string }) => d.day === today)?.[key][name] ?? 0
    await api.post(makeRecord({ action: 'accept-all', choices: { necessary: true, analytics: true, marketing: true } }))
    await api.post(makeRecord({ action: 'reject-all', choices: { necessary: true, analytics: false, marketing: false } }))
    const response = await fetch(`${api.url}/stats?from=${today}&to=${today}`, { headers: { authorization: `Bearer ${TOKEN}` } })
    expect(response.status).toBe(200)
    const after = await response.json()
    expect(after).toMatchObject({ from: today, to: today })
    expect(count('actions', 'accept-all', after)).toBe(count('actions', 'accept-all') + 1)
    expect(count('actions', 'reject-all', after)).toBe(count('actions', 'reject-all') + 1)
    expect(count('grants', 'marketing', after)).toBe(count('grants', 'marketing') + 1)
    expect(count('grants', 'necessary', after)).toBe(count('grants', 'necessary') + 2)
    const bad = await fetch(`${api.url}/stats?from=yesterday`, { headers: { authorization: `Bearer ${TOKEN}` } })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.field).toBe('from')
  })

  it('answers health, 404 for unknown routes and 405 with Allow for wrong methods', async () => {
    expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ ok: true })
    const missing = await fetch(`${api.url}/nope`)
    expect(missing.status).toBe(404)
    expect((await missing.json()).error.code).toBe('not_found')
    expect((await fetch(api.url.replace('/v1', '/v2/consents'))).status).toBe(404)
    const wrong = await fetch(`${api.url}/consents`)
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS')
    const put = await fetch(`${api.url}/subjects/${crypto.randomUUID()}`, { method: 'PUT' })
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, DELETE, OPTIONS')
  })

  it('answers 413 for a body over 16 KiB, also when Content-Length is absent', async () => {
    const big = JSON.stringify({ ...makeRecord(), policyVersion: 'x'.repeat(17 * 1024) })
    const declared = await api.post(big)
    expect(declared.status).toBe(413)
    expect((await declared.json()).error.field).toBe('body')
    // A streamed body has no Content-Length: the cap must count bytes as they come.
    const stream = new ReadableStream({ start(controller) { controller.enqueue(new TextEncoder().encode(big)); controller.close() } })
    const chunked = await fetch(`${api.url}/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit)
    expect(chunked.status).toBe(413)
  })

  it('answers 415 for a body that is not JSON', async () => {
    const response = await fetch(`${api.url}/consents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(makeRecord()) })
    expect(response.status).toBe(415)
    expect((await response.json()).error.field).toBe('content-type')
  })

  it('gives CORS headers only to configured origins and answers the preflight', async () => {
    const allowed = await api.post(makeRecord(), { origin: 'https://example.com' })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://example.com')
    const other = await api.post(makeRecord(), { origin: 'https://evil.example' })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(`${api.url}/consents`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://example.com')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
    const refused = await fetch(`${api.url}/consents`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } })
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('rate limit', () => {
  it('answers 429 with Retry-After once an address spends its budget, and not for another address', async () => {
    const api = await startApi('sqlite', { rateLimit: { perMinute: 5 }, trustProxy: true })
    try {
      const statuses: number[] = []
      let retryAfter: string | null = null
      for (let i = 0; i < 7; i++) {
        const response = await api.post(makeRecord(), { 'x-forwarded-for': '203.0.113.7' })
        statuses.push(response.status)
        if (response.status === 429) retryAfter = response.headers.get('retry-after')
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1)
      expect((await api.post(makeRecord(), { 'x-forwarded-for': '203.0.113.8' })).status).toBe(201)
      // Without an address to count by, nobody is limited (one shared bucket would throttle everyone).
      const { createHandler } = await import('../../src/server/index')
      const noAddress = createHandler({ store: api.store, rateLimit: { perMinute: 1 } })
      const post = () => noAddress(new Request('http://api.test/consents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(makeRecord()) }))
      expect([(await post()).status, (await post()).status]).toEqual([201, 201])
      // Health checks are never limited.
      expect((await fetch(`${api.url}/health`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(200)
    } finally {
      await api.close()
    }
  })
})
