// Catalogue entries used as service configs in Chromium, from the npm builds (imported from
// assent/services) and from the script tag (written out in JSON): the gate runs the service's
// tag and, on a revoke, deletes the cookies the entry names; the preferences show its name and
// description; Google Consent Mode follows its category.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { COOKIE_STORE, bundlePage, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { button, preferences } from './ui-pages'
import { googleAnalytics, metaPixel } from '../../src/services/index'

// Stand-ins for the real tags: each sets the cookies its vendor documents (catalogue entries).
const GA_TAG = `document.cookie = '_ga=GA1.1.1; path=/'; document.cookie = '_ga_ABC123=GS1; path=/'; document.cookie = '_gid=GA1.1.2; path=/'; window.ran.push('ga')`
const PIXEL_TAG = `document.cookie = '_fbp=fb.1.2; path=/'; window.ran.push('pixel')`
const BODY = `<script type="text/plain" data-assent="analytics" data-assent-service="ga4" src="/ga.js"></script>
<script type="text/plain" data-assent="marketing" data-assent-service="pixel" src="/pixel.js"></script>
<a href="#" data-assent-open>Cookie settings</a>`

let browser: TestBrowser
let server: TestServer

beforeAll(async () => {
  browser = await launch()
  const js = (body: string) => ({ body, type: 'text/javascript' })
  server = await startServer({
    '/ga.js': js(GA_TAG),
    '/pixel.js': js(PIXEL_TAG),
    // npm: the entries imported from the built assent/services.
    '/npm': {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>services</title>
<script>window.ran = []</script>
<script type="module">
import { createConsent } from '/dist/index.js'
import { gate } from '/dist/gate.js'
import { mountUI } from '/dist/ui.js'
import { googleConsentMode } from '/dist/google.js'
import { googleAnalytics, metaPixel } from '/dist/services.js'
const consent = createConsent({ policy: { version: '1' }, categories: {
  necessary: { required: true },
  analytics: { services: { ga4: googleAnalytics } },
  marketing: { services: { pixel: metaPixel } },
} })
window.assent = consent
googleConsentMode(consent)
gate(consent)
mountUI(consent)
</script></head><body>${BODY}</body></html>`,
    },
    // Script tag: the same entries written out in the JSON config.
    '/script-tag': {
      body: bundlePage({
        policy: { version: '1' },
        categories: { necessary: { required: true }, analytics: { services: { ga4: googleAnalytics } }, marketing: { services: { pixel: metaPixel } } },
        google: true,
      }, BODY, '<script>window.ran = []</script>'),
    },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const names = async (context: BrowserContext) => (await context.cookies(server.url)).map((cookie) => cookie.name).filter((name) => name != 'assent').sort()
/** The last consent state sent to Google. */
const googleState = (page: Page) => page.evaluate(() => {
  const entries = (window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer.map((entry) => Array.from(entry as ArrayLike<unknown>))
  return entries.filter((entry) => entry[0] == 'consent').at(-1)?.[2] as Record<string, string>
})

describe.each(['/npm', '/script-tag'])('catalogue entries in %s', (path) => {
  it('run their tags when granted and lose their cookies when revoked; Google follows', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + path)
    await page.waitForFunction(() => window.assent)
    expect(await googleState(page)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' })

    await page.evaluate(() => window.assent!.acceptAll())
    await page.waitForFunction(() => (window as unknown as { ran: string[] }).ran.length == 2)
    await expect.poll(() => names(context), COOKIE_STORE).toEqual(['_fbp', '_ga', '_ga_ABC123', '_gid'])
    expect(await googleState(page)).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted' })

    // Revoking analytics only: the entry's globs (_ga, _ga_*, _gid) go, Meta's _fbp stays.
    await page.evaluate(() => window.assent!.save({ analytics: false, marketing: true }))
    await expect.poll(() => names(context), COOKIE_STORE).toEqual(['_fbp'])
    expect(await googleState(page)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'granted' })

    await page.evaluate(() => window.assent!.withdraw())
    await expect.poll(() => names(context), COOKIE_STORE).toEqual([])
    await context.close()
  })

  it("show the entry's name and description in the preferences", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + path)
    await button(page, 'banner', 'preferences').click()
    const ga = preferences(page).locator('li', { has: page.locator('[data-assent-service="ga4"]') })
    expect(await ga.locator('label').textContent()).toBe(googleAnalytics.name)
    expect(await ga.locator('p').textContent()).toBe(googleAnalytics.description)
    const pixel = preferences(page).locator('li', { has: page.locator('[data-assent-service="pixel"]') })
    expect(await pixel.locator('label').textContent()).toBe(metaPixel.name)
    await context.close()
  })
})
