// "Download my consent data" and "delete my consent data" in real Chromium against the real
// server; and the consent cookie re-set by a same-origin endpoint (Safari's 7-day cap).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { bundlePage, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { startSyncApi, type SyncApi } from './sync-api'
import { createHandler, sqliteStore, toNodeListener } from '../../src/server/index'

let browser: TestBrowser
let site: TestServer
let api: SyncApi

const categories = { necessary: { required: true }, analytics: {} }

beforeAll(async () => {
  browser = await launch()
  site = await startServer()
  api = await startSyncApi([site.url])
  site.route('/', { body: bundlePage({ policy: { version: '1' }, categories, ui: false, sync: { endpoint: api.endpoint } }) })
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  await api?.close()
})

/** Calls an export of dist/sync.js in the page (a string, so the test runner does not rewrite import()). */
function callSync(page: Page, name: string): Promise<boolean> {
  return page.evaluate(`import('/dist/sync.js').then((m) => m.${name}(window.assent, { endpoint: ${JSON.stringify(api.endpoint)} }))`)
}

async function decidedPage() {
  const context = await browser.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(site.url + '/')
  const first = await page.evaluate(() => window.assent!.acceptAll('banner'))
  const second = await page.evaluate(() => window.assent!.save({ analytics: false }, 'preferences'))
  for (let i = 0; i < 100 && (await api.store.listBySubject(first.subject)).length < 2; i++) await page.waitForTimeout(100)
  return { context, page, first, second }
}

describe('export and erasure from the page', () => {
  it('downloads every record of this browser as a JSON file', async () => {
    const { context, page, first, second } = await decidedPage()
    const [download, started] = await Promise.all([
      page.waitForEvent('download'),
      callSync(page, 'downloadConsentData'),
    ])
    expect(started).toBe(true)
    expect(download.suggestedFilename()).toBe(`consent-${first.subject}.json`)
    const document = JSON.parse(await readFile((await download.path())!, 'utf8'))
    expect(document.subject).toBe(first.subject)
    expect(document.records.map((r: { id: string }) => r.id)).toEqual([second.id, first.id])
    await context.close()
  })

  it('erases every record of this browser on the server and forgets the local decision', async () => {
    const { context, page, first } = await decidedPage()
    const erased = await callSync(page, 'deleteConsentData')
    expect(erased).toBe(true)
    expect(await api.store.listBySubject(first.subject)).toEqual([])
    expect((await fetch(`${api.endpoint}/subjects/${first.subject}`)).status).toBe(404)
    expect(await page.evaluate(() => [window.assent!.decided, window.assent!.granted('analytics')])).toEqual([false, false])
    // Nothing pending re-creates the erased subject.
    await page.waitForTimeout(500)
    expect(await api.store.listBySubject(first.subject)).toEqual([])
    await context.close()
  })

  it('reports false when there is nothing to export yet', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(site.url + '/')
    const result = await callSync(page, 'downloadConsentData')
    expect(result).toBe(false)
    await context.close()
  })
})

describe('server-set consent cookie', () => {
  it('re-sets the consent cookie with a server lifetime when the endpoint is same-origin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-cookie-'))
    const store = sqliteStore(join(dir, 'c.db'))
    const listener = toNodeListener(createHandler({ store, basePath: '/consent/v1', rateLimit: false, cookie: { name: 'assent' } }))
    const local = await startServer({ '/consent/v1/consents': (req, res) => listener(req, res) })
    local.route('/', { body: bundlePage({ policy: { version: '1' }, categories, ui: false, sync: { endpoint: '/consent/v1' } }) })
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      const response = page.waitForResponse((r) => r.url().endsWith('/consent/v1/consents'))
      await page.goto(local.url + '/')
      const record = await page.evaluate(() => window.assent!.acceptAll())
      const answer = await response
      expect(answer.status()).toBe(201)
      const setCookie = await answer.headerValue('set-cookie')
      expect(setCookie).toMatch(/^assent=[^;]+; Max-Age=\d+; Path=\/; SameSite=Lax$/)
      const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie!)![1])
      expect(maxAge).toBeGreaterThan(181 * 86_400)
      expect(maxAge).toBeLessThanOrEqual(182 * 86_400)
      // The browser keeps it, and the page still reads the same decision.
      await page.reload()
      expect(await page.evaluate(() => window.assent!.record?.id)).toBe(record.id)
      expect((await context.cookies()).filter((c) => c.name === 'assent')).toHaveLength(1)
    } finally {
      await context.close()
      await local.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
