// The back/forward cache in real Chromium: a page with assent can be kept in it (so "back" is
// instant), and never comes back from it with a decision that changed meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Page } from 'playwright-core'
import { bundlePage, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { startSyncApi, type SyncApi } from './sync-api'

let browser: TestBrowser
let server: TestServer
let api: SyncApi

// Every part on: the UI, Google Consent Mode and sync to the real endpoint (on its own origin).
const config = () => ({
  policy: { version: '1' },
  categories: { necessary: { required: true }, analytics: {} },
  google: true,
  sync: { endpoint: api.endpoint },
})
// Chromium keeps no page served with no-store in the cache.
const cacheable = (body: string) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'max-age=0' })
  res.end(bundlePage(config(), body))
}

beforeAll(async () => {
  browser = await launch({ backForwardCache: true })
  server = await startServer({ '/a': cacheable('<a href="/b">b</a>'), '/b': cacheable('<p>b</p>') })
  api = await startSyncApi([server.url])
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await api?.close()
})

/** Decides on /a, goes to /b (running `onB` there), then back; returns whether /a came back from the cache. */
async function backFromB(page: Page, onB: () => Promise<unknown>): Promise<boolean> {
  await page.goto(server.url + '/a')
  await page.evaluate(() => {
    ;(window as any).kept = true // survives only in a page restored from the cache
    window.assent!.acceptAll()
  })
  await expect.poll(() => page.evaluate(() => localStorage.getItem('assent:outbox'))).toBe('[]') // delivered
  await page.click('a')
  await page.waitForURL('**/b')
  await onB()
  await page.goBack({ waitUntil: 'commit' })
  await page.waitForFunction(() => document.readyState == 'complete')
  return page.evaluate(() => (window as any).kept === true)
}

describe('back/forward cache', () => {
  it('keeps a page with assent when nothing changed, with its decision', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    expect(await backFromB(page, async () => {})).toBe(true)
    expect(await page.evaluate(() => [window.assent!.granted('analytics'), window.assent!.record!.action])).toEqual([true, 'accept-all'])
    await context.close()
  })

  it('never brings a page back with a decision that was withdrawn on another page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await backFromB(page, () => page.evaluate(() => window.assent!.withdraw()))
    await expect.poll(() => page.evaluate(() => [window.assent!.granted('analytics'), window.assent!.record!.action])).toEqual([false, 'withdraw'])
    await context.close()
  })
})
