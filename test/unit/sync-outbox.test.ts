// The sync client's pieces in happy-dom: the outbox (dedupe, cap, blocked storage), backoff,
// option checks, and the client against a stubbed fetch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backoff } from '../../src/sync/backoff'
import { enqueue, keep, pending } from '../../src/sync/outbox'
import { sync } from '../../src/sync/index'
import { createConsent } from '../../src/index'
import type { ConsentRecord } from '../../src/core/types'

const record = (id = crypto.randomUUID()) => ({ id, subject: 'subject' }) as ConsentRecord

beforeEach(() => localStorage.clear())
afterEach(() => vi.restoreAllMocks())

describe('outbox', () => {
  it('queues a record once, even when it comes back after being sent', () => {
    const r = record()
    expect(enqueue(r)).toBe(true)
    expect(enqueue(r)).toBe(false)
    expect(pending().map((x) => x.id)).toEqual([r.id])
    keep((x) => x.id !== r.id)
    expect(pending()).toEqual([])
    expect(enqueue(r)).toBe(false) // remembered as sent
  })

  it('is shared through localStorage, so another tab sees the pending records', () => {
    const r = record()
    enqueue(r)
    expect(JSON.parse(localStorage.getItem('assent:outbox')!)[0].id).toBe(r.id)
  })

  it('caps its size by dropping the oldest', () => {
    const ids = Array.from({ length: 105 }, () => record())
    for (const r of ids) enqueue(r)
    expect(pending().map((x) => x.id)).toEqual(ids.slice(5).map((r) => r.id))
  })

  it('treats a corrupt stored outbox as empty', () => {
    localStorage.setItem('assent:outbox', '{not json')
    expect(pending()).toEqual([])
    localStorage.setItem('assent:outbox', '{"id": 1}')
    expect(pending()).toEqual([])
  })

  it('keeps working in memory when localStorage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const r = record()
    expect(enqueue(r)).toBe(true)
    expect(pending().map((x) => x.id)).toEqual([r.id])
  })
})

describe('backoff', () => {
  it('grows exponentially with jitter between half and all of the step, capped at 5 minutes', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0)
    expect([0, 1, 2, 3].map((n) => backoff(n))).toEqual([500, 1000, 2000, 4000])
    expect(backoff(30)).toBe(150_000)
    vi.spyOn(Math, 'random').mockReturnValue(0.999999)
    expect(backoff(2)).toBeCloseTo(4000, -1)
  })

  it('waits at least what Retry-After asks', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0)
    expect(backoff(0, 30)).toBe(30_000)
  })
})

describe('sync', () => {
  const config = { policy: { version: '1' }, categories: { necessary: { required: true }, analytics: {} } }

  it('refuses a missing endpoint or a non-string header, naming the field', () => {
    const consent = createConsent(config)
    expect(() => sync(consent, {} as never)).toThrow('assent: sync.endpoint must be a non-empty string')
    expect(() => sync(consent, { endpoint: '/c', header: {} } as never)).toThrow('assent: sync.header is not a known option')
    expect(() => sync(consent, { endpoint: '/c', headers: { 'x-key': 1 as never } })).toThrow('assent: sync.headers.x-key must be a string')
  })

  it('posts each new record as JSON to {endpoint}/consents with keepalive and extra headers', async () => {
    const calls: Array<[string, RequestInit]> = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      calls.push([url, init])
      return new Response('{}', { status: 201 })
    }))
    const consent = createConsent(config)
    const stop = sync(consent, { endpoint: 'https://api.example/v1/', headers: { 'x-site': 'shop' } })
    const made = consent.acceptAll()
    await vi.waitFor(() => expect(pending()).toEqual([]))
    expect(calls).toHaveLength(1)
    const [url, init] = calls[0]
    expect(url).toBe('https://api.example/v1/consents')
    expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'content-type': 'application/json', 'x-site': 'shop' } })
    expect(JSON.parse(init.body as string)).toEqual(made)
    stop()
    consent.rejectAll()
    await new Promise((r) => setTimeout(r, 20))
    expect(calls).toHaveLength(1) // stopped: no more sends
    vi.unstubAllGlobals()
  })

  it('withdraw() and reset() lose no pending record: each is delivered once the server answers', async () => {
    let up = false
    const received: string[] = []
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      if (!up) return new Response('{}', { status: 503 })
      received.push(JSON.parse(init.body as string).id)
      return new Response('{}', { status: 201 })
    }))
    document.cookie = 'assent=;path=/;max-age=0'
    const consent = createConsent(config)
    const stop = sync(consent, { endpoint: '/c' })
    const made = [consent.acceptAll().id, consent.withdraw().id]
    consent.reset()
    await new Promise((r) => setTimeout(r, 20))
    expect(pending().map((x) => x.id)).toEqual(made) // still waiting, after reset too
    up = true
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(pending()).toEqual([]))
    expect(received).toEqual(made)
    stop()
    vi.unstubAllGlobals()
  })
})
