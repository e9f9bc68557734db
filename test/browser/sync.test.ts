// assent/sync in real Chromium through dist/assent.js, against the real server and SQLite:
// each record is stored exactly once through offline periods, 5xx answers, dropped connections
// and a navigation right after the click.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { bundlePage, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { startSyncApi, type SyncApi } from './sync-api'

let browser: TestBrowser
let site: TestServer
let api: SyncApi

const config = () => ({
  policy: { version: '1' },
  categories: { necessary: { required: true }, analytics: { services: { ga4: {} } }, marketing: {} },
  ui: false,
  sync: { endpoint: api.endpoint },
})

beforeAll(async () => {
  browser = await launch()
  site = await startServer()
  api = await startSyncApi([site.url])
  site.route('/', { body: bundlePage(config()) })
  site.route('/next', { body: bundlePage(config(), '<p>next page</p>') })
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  await api?.close()
})
beforeEach(() => {
  api.fail({ kind: 'drop', times: 0 })
  api.delay(0)
})

/** Waits until the store holds the subject's records (or times out), then returns them. */
async function stored(subject: string, count = 1, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const records = await api.store.listBySubject(subject)
    if (records.length >= count || Date.now() > deadline) return records
    await new Promise((r) => setTimeout(r, 100))
  }
}

const outbox = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('assent:outbox') || '[]').map((r: { id: string }) => r.id))

async function openPage() {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(site.url + '/')
  return { context, page }
}

describe('sync in Chromium with the real server', () => {
  it('sends a decision once and empties the outbox', async () => {
    const { context, page } = await openPage()
    const record = await page.evaluate(() => window.assent!.acceptAll('banner'))
    const records = await stored(record.subject)
    expect(records.map((r) => r.id)).toEqual([record.id])
    expect(records[0]).toMatchObject({ action: 'accept-all', source: 'banner', origin: site.url, ip: '127.0.0.0' })
    await page.waitForFunction(() => localStorage.getItem('assent:outbox') === '[]')
    // A reload does not send it again.
    const posts = api.posts
    await page.reload()
    await page.waitForTimeout(300)
    expect(api.posts).toBe(posts)
    await context.close()
  })

  it('keeps a decision made offline in the outbox and delivers it once back online', async () => {
    const { context, page } = await openPage()
    await context.setOffline(true)
    const record = await page.evaluate(() => window.assent!.rejectAll('banner'))
    await page.waitForTimeout(500)
    expect(await outbox(page)).toEqual([record.id])
    expect(await api.store.listBySubject(record.subject)).toEqual([])
    await context.setOffline(false)
    expect((await stored(record.subject)).map((r) => r.id)).toEqual([record.id])
    await page.waitForFunction(() => localStorage.getItem('assent:outbox') === '[]')
    await context.close()
  })

  it('retries through 5xx answers with backoff and stores the record once', async () => {
    const { context, page } = await openPage()
    api.fail({ kind: 'status', status: 503, times: 3 })
    const posts = api.posts
    const record = await page.evaluate(() => window.assent!.save({ analytics: true }))
    const records = await stored(record.subject)
    expect(records.map((r) => r.id)).toEqual([record.id])
    expect(api.posts - posts).toBeGreaterThanOrEqual(4) // three failures, then success
    await context.close()
  })

  it('retries through dropped connections and stores every record once, in order', async () => {
    const { context, page } = await openPage()
    api.fail({ kind: 'drop', times: 3 })
    const ids = await page.evaluate(() => [window.assent!.acceptAll().id, window.assent!.withdraw().id])
    const subject = await page.evaluate(() => window.assent!.record!.subject)
    const records = await stored(subject, 2)
    // Newest first: the outbox sends oldest first, so the withdrawal was received last.
    expect(records.map((r) => r.id)).toEqual([...ids].reverse())
    expect(records.map((r) => r.action)).toEqual(['withdraw', 'accept-all'])
    await context.close()
  })

  it('delivers a record when the page navigates right after the click, and stores it once', async () => {
    const { context, page } = await openPage()
    // Slow answers: the navigation surely happens while the POST is in flight.
    api.delay(400)
    const posts = api.posts
    const subject = await page.evaluate(() => {
      const record = window.assent!.acceptAll('banner')
      location.href = '/next'
      return record.subject
    })
    await page.waitForURL(site.url + '/next')
    const records = await stored(subject)
    expect(records).toHaveLength(1)
    await page.waitForTimeout(1200) // let any re-send from the next page land
    expect(await api.store.listBySubject(subject)).toHaveLength(1)
    expect(api.posts - posts).toBeGreaterThanOrEqual(1)
    await context.close()
  })

  it('delivers through keepalive when the visitor leaves for a page without sync right after the click', async () => {
    const { context, page } = await openPage()
    api.delay(400) // the answer comes long after the page is gone
    const subject = await page.evaluate(() => {
      const record = window.assent!.rejectAll('banner')
      location.href = 'about:blank'
      return record.subject
    })
    await page.waitForURL('about:blank')
    // Nothing on about:blank can re-send: only the keepalive requests can have delivered it.
    expect(await stored(subject)).toHaveLength(1)
    await page.waitForTimeout(800)
    expect(await api.store.listBySubject(subject)).toHaveLength(1)
    await context.close()
  })

  it('sends a refusal recorded at start-up (Global Privacy Control) without any click', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
    const page = await context.newPage()
    await page.goto(site.url + '/')
    const record = await page.evaluate(() => window.assent!.record!)
    expect(record.source).toBe('signal')
    expect((await stored(record.subject)).map((r) => r.id)).toEqual([record.id])
    await context.close()
  })

  it('drops a record the server refuses for good and reports it as sync-error', async () => {
    const { context, page } = await openPage()
    await page.evaluate(() => {
      const w = window as unknown as { errors: unknown[] }
      w.errors = []
      window.assent!.on('sync-error', (error) => w.errors.push(error))
    })
    api.fail({ kind: 'status', status: 409, times: 1 })
    const record = await page.evaluate(() => window.assent!.acceptAll())
    await page.waitForFunction(() => (window as unknown as { errors: unknown[] }).errors.length > 0)
    const [error] = await page.evaluate(() => (window as unknown as { errors: Array<{ record: { id: string }; status: number; body: unknown }> }).errors)
    expect(error.status).toBe(409)
    expect(error.record.id).toBe(record.id)
    expect(error.body).toEqual({ error: { code: 'injected', message: 'injected failure' } })
    expect(await outbox(page)).toEqual([])
    await context.close()
  })
})
