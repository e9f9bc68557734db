// Google Consent Mode v2 through the real script-tag bundle in real Chromium: what the page's
// window.dataLayer holds, and that the default is there before any later script runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { bundlePage, launch, startServer, type TestBrowser, type TestServer } from './harness'

const categories = { necessary: { required: true }, analytics: { services: { ga4: { cookies: ['_ga'] } } }, marketing: {} }
const config = (google: unknown) => ({ policy: { version: '1' }, categories, ui: false, google })
const DENIED = {
  ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
  functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted',
}
const GRANTED = { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' }
const DEFAULT = ['consent', 'default', { ...DENIED, wait_for_update: 500 }]
const event = (...granted: string[]) => ({ event: 'assent_consent_update', assent: { granted } })

// A plain script right after the bundle stands for the Google tag: it records what it finds.
const tagProbe = `<script>
  window.atTag = { length: dataLayer.length, first: Array.from(dataLayer[0]) }
  assent.when('analytics').then(() => { window.lengthAtGrant = dataLayer.length })
</script>`

// Gated scripts (assent/gate) stand for the Google tags a site guards: each records the dataLayer
// as it finds it when it runs.
const gated = `
<script type="text/plain" data-assent="analytics">window.atAnalytics = Array.from(dataLayer, (e) => e[1] || e.event)</script>
<script type="text/plain" data-assent="marketing">window.atMarketing = Array.from(dataLayer, (e) => e[1] || e.event)</script>`
type Seen = { atAnalytics?: string[]; atMarketing?: string[] }

let browser: TestBrowser
let server: TestServer

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    '/': { body: bundlePage(config(true), '', tagProbe) },
    '/gated': { body: bundlePage(config(true), gated) },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The page's dataLayer, with Arguments objects as arrays and a flag saying they were Arguments. */
function readDataLayer(page: Page): Promise<{ entries: unknown[]; allArguments: boolean }> {
  return page.evaluate(() => {
    const dataLayer = (window as unknown as { dataLayer: unknown[] }).dataLayer
    const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]'
    return {
      entries: dataLayer.map((entry) => (isArguments(entry) ? Array.from(entry as ArrayLike<unknown>) : entry)),
      allArguments: dataLayer.every((entry) => isArguments(entry) || (entry as { event?: string }).event === 'assent_consent_update'),
    }
  })
}

async function open(path = '/') {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(server.url + path)
  return { context, page }
}

describe('assent/google in Chromium through dist/assent.js', () => {
  it('puts the default in the dataLayer, as an Arguments object, before the next script runs', async () => {
    const { context, page } = await open()
    expect(await page.evaluate(() => (window as unknown as { atTag: unknown }).atTag)).toEqual({ length: 1, first: DEFAULT })
    const { entries, allArguments } = await readDataLayer(page)
    expect(entries).toEqual([DEFAULT])
    expect(allArguments).toBe(true)
    expect(await page.evaluate(() => typeof (window as unknown as { gtag: unknown }).gtag)).toBe('function')
    await context.close()
  })

  it('updates on accept, custom choice, withdrawal and reject, and fires the GTM event after each', async () => {
    const { context, page } = await open()
    await page.evaluate(() => window.assent!.acceptAll())
    // The update is in the dataLayer before code waiting on the grant runs.
    expect(await page.evaluate(() => (window as unknown as { lengthAtGrant: number }).lengthAtGrant)).toBe(3)
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    await page.evaluate(() => window.assent!.withdraw())
    await page.evaluate(() => window.assent!.rejectAll())
    const { entries, allArguments } = await readDataLayer(page)
    expect(entries).toEqual([
      DEFAULT,
      ['consent', 'update', GRANTED], event('necessary', 'analytics', 'marketing'),
      ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }], event('necessary', 'analytics'),
      ['consent', 'update', DENIED], event('necessary'),
      ['consent', 'update', DENIED], event('necessary'),
    ])
    expect(allArguments).toBe(true)
    await context.close()
  })

  it('re-sends the stored decision right after the default on every page load', async () => {
    const { context, page } = await open()
    await page.evaluate(() => window.assent!.save({ marketing: true }))
    await page.reload()
    const stored = ['consent', 'update', { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }]
    expect(await page.evaluate(() => (window as unknown as { atTag: unknown }).atTag)).toEqual({ length: 3, first: DEFAULT })
    expect((await readDataLayer(page)).entries).toEqual([DEFAULT, stored, event('necessary', 'marketing')])
    await context.close()
  })

  it('sends a refusal for a browser that sends Global Privacy Control', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
    const page = await context.newPage()
    await page.goto(server.url + '/')
    expect((await readDataLayer(page)).entries).toEqual([DEFAULT, ['consent', 'update', DENIED], event('necessary')])
    await context.close()
  })

  it('applies the mapping, region defaults, wait_for_update and the set commands from the config', async () => {
    server.route('/options', {
      body: bundlePage(config({
        mapping: { analytics: ['analytics_storage', 'ad_user_data'], marketing: ['ad_storage'] },
        waitForUpdate: 1000, adsDataRedaction: true, urlPassthrough: true,
        regions: [{ region: ['US-CA'], ad_storage: 'denied' }, { region: ['US'], ad_storage: 'granted', analytics_storage: 'granted' }],
      })),
    })
    const { context, page } = await open('/options')
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    expect((await readDataLayer(page)).entries).toEqual([
      ['consent', 'default', { region: ['US-CA'], ad_storage: 'denied', wait_for_update: 1000 }],
      ['consent', 'default', { region: ['US'], ad_storage: 'granted', analytics_storage: 'granted', wait_for_update: 1000 }],
      ['consent', 'default', { ...DENIED, wait_for_update: 1000 }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
      ['consent', 'update', { ...DENIED, analytics_storage: 'granted', ad_user_data: 'granted' }],
      event('necessary', 'analytics'),
    ])
    await context.close()
  })

  it('has the default and the update in the dataLayer before a gated script runs', async () => {
    const { context, page } = await open('/gated')
    expect(await page.evaluate(() => (window as Seen).atAnalytics)).toBeUndefined()
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    await page.waitForFunction(() => (window as Seen).atAnalytics)
    expect(await page.evaluate(() => (window as Seen).atAnalytics)).toEqual(['default', 'update', 'assent_consent_update'])
    expect(await page.evaluate(() => (window as Seen).atMarketing)).toBeUndefined()
    // Return visit: both stored grants run their scripts after default + update of this page load.
    await page.evaluate(() => window.assent!.acceptAll())
    await page.reload()
    await page.waitForFunction(() => (window as Seen).atAnalytics && (window as Seen).atMarketing)
    const seen = await page.evaluate(() => [(window as Seen).atAnalytics, (window as Seen).atMarketing])
    expect(seen).toEqual([['default', 'update', 'assent_consent_update'], ['default', 'update', 'assent_consent_update']])
    await context.close()
  })

  it('keeps a gtag that the page defined before the bundle', async () => {
    const own = `<script>
      window.dataLayer = [{ 'gtm.start': 1 }]
      window.ownCalls = []
      function gtag() { ownCalls.push(arguments[1]); dataLayer.push(arguments) }
      window.ownGtag = gtag
    </script>`
    server.route('/own-gtag', { body: `<!doctype html><html><head>${own}${bundlePage(config(true)).split('<head>')[1]}` })
    const { context, page } = await open('/own-gtag')
    await page.evaluate(() => window.assent!.acceptAll())
    const w = await page.evaluate(() => {
      const win = window as unknown as { gtag: unknown; ownGtag: unknown; ownCalls: string[] }
      return { same: win.gtag === win.ownGtag, calls: win.ownCalls }
    })
    expect(w).toEqual({ same: true, calls: ['default', 'update'] })
    const { entries, allArguments } = await readDataLayer(page)
    expect(entries).toEqual([{ 'gtm.start': 1 }, DEFAULT, ['consent', 'update', GRANTED], event('necessary', 'analytics', 'marketing')])
    expect(allArguments).toBe(false) // the page's own { 'gtm.start' } entry is a plain object
    await context.close()
  })

  it('reports a bad google option naming the field and grants nothing', async () => {
    server.route('/bad', { body: bundlePage(config({ mapping: { analytics: ['analytics'] } }), '<p id="ok">page works</p>') })
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await page.goto(server.url + '/bad')
    // The served script tag names the field and sends the reader to assent.debug.js
    // (core-short-errors.test.ts has the explanation from the debug file).
    expect(errors.join('\n')).toContain('assent: google.mapping.analytics[0] is invalid (assent.debug.js says why)')
    expect(await page.evaluate(() => [window.assent === undefined, document.getElementById('ok')!.textContent])).toEqual([true, 'page works'])
    await context.close()
  })
})
