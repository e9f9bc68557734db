// The bundle loaded with `<script defer>` (docs/bench.md, "First paint and the return visit": it
// no longer holds the page's first paint). It then runs once the page is parsed: gated tags
// anywhere in the page stay inert until a grant and then run once each, in document order; a
// returning visitor's run without a banner; the banner shows for a new one. What defer gives up:
// plain scripts in the page run before it (so no autoblock and no ungated Google tag there).
// With the banner server-rendered as well, the banner paints from the HTML before the bundle
// has arrived (the fastest first visit, docs/bench.md "Issue 19: where each aim stands").
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DIST, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { renderBannerHTML } from '../../src/ui/server-banner'

const CONFIG = { policy: { version: '1' }, categories: { necessary: { required: true }, analytics: {}, marketing: {} } }
const configTag = `<script type="application/json" id="assent-config">${JSON.stringify(CONFIG)}</script>`
const gated = (name: string, category = 'analytics') =>
  `<script type="text/plain" data-assent="${category}">window.log.push(${JSON.stringify(name)})</script>`
/** A plain script in the body: whether the bundle had started when the parser reached it. */
const PROBE = '<script>window.probe = { started: !!window.assent }</script>'
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>defer</title><script>window.log = []</script>${head}</head><body>${body}</body></html>`

let browser: TestBrowser
let server: TestServer

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    // The config before or after the deferred bundle: both are parsed by the time it runs.
    '/config-first': { body: page(configTag + '<script defer src="/dist/assent.js"></script>' + gated('head'), PROBE + gated('body') + gated('ad', 'marketing') + '<p>text</p>' + gated('last')) },
    '/config-after': { body: page('<script defer src="/dist/assent.js"></script>' + gated('head'), PROBE + gated('body') + configTag + gated('last')) },
    '/server-banner': { body: page(configTag + '<script defer src="/slow/assent.js"></script>', renderBannerHTML(CONFIG) + gated('body') + '<p>text</p>') },
    // The bundle held back, so that the page is painted long before it runs.
    '/slow/assent.js': { body: readFileSync(join(DIST, 'assent.js')), delayMs: 1200 },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const logOf = (tab: Page) => tab.evaluate(() => (window as unknown as { log: string[] }).log.slice())

async function visit(path: string) {
  const context = await browser.newContext()
  const tab = await context.newPage()
  const errors: string[] = []
  tab.on('pageerror', (error) => errors.push(error.message))
  tab.on('console', (message) => message.type() == 'error' && !message.text().includes('404') && errors.push(message.text()))
  await tab.goto(server.url + path)
  await tab.waitForLoadState('load')
  return { context, tab, errors }
}

describe('the bundle with <script defer>', () => {
  for (const path of ['/config-first', '/config-after']) {
    it(`${path}: nothing gated runs before a choice; accept all runs each granted tag once, in order; the return visit runs them without a banner`, async () => {
      const { context, tab, errors } = await visit(path)
      const banner = tab.locator('[data-assent-banner]')
      await expect.poll(() => banner.isVisible()).toBe(true)
      // Deferred: the page's own scripts ran before the bundle.
      expect(await tab.evaluate(() => (window as unknown as { probe: { started: boolean } }).probe)).toEqual({ started: false })
      expect(await tab.evaluate(() => typeof window.assent?.acceptAll)).toBe('function')
      await tab.waitForTimeout(200)
      expect(await logOf(tab)).toEqual([])

      await tab.locator('[data-assent-banner] [data-assent-action="accept-all"]').click()
      const all = path == '/config-first' ? ['head', 'body', 'ad', 'last'] : ['head', 'body', 'last']
      await expect.poll(() => logOf(tab)).toEqual(all)
      await expect.poll(() => banner.count()).toBe(0)

      await tab.reload()
      await tab.waitForLoadState('load')
      await expect.poll(() => logOf(tab)).toEqual(all)
      await tab.waitForTimeout(300)
      expect(await logOf(tab)).toEqual(all)
      expect(await tab.locator('[data-assent-banner]').count()).toBe(0)
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('a choice that refuses a category keeps its tags inert on the return visit', async () => {
    const { context, tab, errors } = await visit('/config-first')
    await tab.evaluate(() => window.assent!.save({ analytics: true, marketing: false }))
    await expect.poll(() => logOf(tab)).toEqual(['head', 'body', 'last'])
    await tab.reload()
    await tab.waitForLoadState('load')
    await expect.poll(() => logOf(tab)).toEqual(['head', 'body', 'last'])
    await tab.waitForTimeout(300)
    expect(await logOf(tab)).toEqual(['head', 'body', 'last'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('a server-rendered banner paints before the deferred bundle arrives; the bundle takes it over in place and its buttons decide', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(error.message))
    await tab.goto(server.url + '/server-banner', { waitUntil: 'commit' })
    const banner = tab.locator('[data-assent-banner]')
    await expect.poll(() => banner.isVisible()).toBe(true)
    expect(await tab.evaluate(() => typeof window.assent)).toBe('undefined')
    await tab.evaluate(() => Object.assign(window, { ssrBanner: document.querySelector('assent-ui')!.shadowRoot!.querySelector('[data-assent-banner]') }))

    await tab.waitForFunction(() => typeof window.assent?.acceptAll == 'function')
    await expect.poll(() => tab.evaluate(() => document.querySelector('assent-ui')!.matches(':popover-open'))).toBe(true)
    expect(await tab.evaluate(() => ({
      hosts: document.querySelectorAll('assent-ui').length,
      same: document.querySelector('assent-ui')!.shadowRoot!.querySelector('[data-assent-banner]') === (window as unknown as { ssrBanner: Element }).ssrBanner,
    }))).toEqual({ hosts: 1, same: true })
    expect(await logOf(tab)).toEqual([])

    await tab.locator('[data-assent-banner] [data-assent-action="accept-all"]').click()
    await expect.poll(() => logOf(tab)).toEqual(['body'])
    await expect.poll(() => banner.count()).toBe(0)
    expect(await tab.evaluate(() => window.assent!.record)).toMatchObject({ action: 'accept-all', source: 'banner' })
    expect(errors).toEqual([])
    await context.close()
  })
})
