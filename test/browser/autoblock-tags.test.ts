// autoblock in real Chromium through dist/assent.js, on a page whose tags are pasted as their
// vendors give them, with no markup change: Google Analytics via gtag, the Meta Pixel (script
// and <noscript>-style image), Hotjar, a YouTube iframe, a Google Tag Manager container that
// injects two more tags, and a script that beacons on pagehide. Local stand-ins answer at the
// real URLs (routed in the browser); every request to another host is logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { COOKIE_STORE, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { routeTags, SNIPPETS } from './autoblock-stand-ins'
import { standInsRan } from './stand-ins'
import { googleAnalytics, googleTagManager, hotjar, linkedinInsight, metaPixel, youtube } from '../../src/services/index'

/** Catalogue entries bring their hosts; Microsoft's UET tag is a site rule. */
export const TAGS_CONFIG = {
  policy: { version: '1' },
  categories: {
    necessary: { required: true },
    analytics: { services: { ga4: googleAnalytics, hotjar, gtm: googleTagManager } },
    marketing: { services: { facebook: metaPixel, youtube, linkedin: linkedinInsight } },
  },
  ui: false,
  autoblock: { rules: { marketing: ['bat.bing.com'] } },
}

export function tagsPage(config: unknown = TAGS_CONFIG): string {
  const { gtag, metaPixel, hotjar, gtm, youtube, pixel, beacon } = SNIPPETS
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>unmarked tags</title>
<script type="application/json" id="assent-config">${JSON.stringify(config)}</script>
<script src="/dist/assent.js"></script>
${gtag}${metaPixel}${hotjar}${gtm}</head><body><h1>Unmarked tags</h1>${youtube}${pixel}${beacon}<a id="next" href="/next">next</a></body></html>`
}

/** What the tags leave on the site's own domain. */
const TAG_COOKIES = ['_fbp', '_ga', '_ga_TEST', '_hjSessionUser_1234']
/** Parser-inserted tags in the HTML: Chromium asks for them before any script could act
 * (its preload scanner fetches the script and the image; the parser starts the iframe's
 * navigation as it inserts it). autoblock stops what follows: the script does not run, the
 * iframe's document never commits, and no cookie is set. */
const PARSER_REQUESTED = [
  'https://www.googletagmanager.com/gtag/js?id=G-TEST',
  'https://www.facebook.com/tr?id=1234&ev=PageView&noscript=1',
  'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE',
]

let browser: TestBrowser
let server: TestServer
beforeAll(async () => {
  browser = await launch()
  server = await startServer({ '/': { body: tagsPage() }, '/next': { body: '<!doctype html><title>next</title><p>next page' } })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function visitor(): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser.newContext()
  const requests = await routeTags(context)
  const page = await context.newPage()
  return { context, page, requests }
}

const trackingCookies = async (context: BrowserContext) =>
  (await context.cookies()).map((cookie) => cookie.name).filter((name) => name != 'assent').sort()
/** Settles the page: its load event, then time for anything late (a beacon, an injected tag). */
const settle = (page: Page) => page.waitForLoadState('load').then(() => page.waitForTimeout(300))
/** Fires the page's pagehide listeners (the page stays, so the beacon can be seen); what
 * sendBeacon returned. */
const pagehide = (page: Page) => page.evaluate(() => {
  dispatchEvent(new PageTransitionEvent('pagehide'))
  return (window as unknown as { beaconSent: boolean }).beaconSent
})
const videoFrame = (page: Page) => page.frames().find((frame) => frame.url().includes('youtube'))

describe('unmarked tags under autoblock', () => {
  it('before consent: nothing runs, nothing script-made is requested, no cookie, no beacon', async () => {
    const { context, page, requests } = await visitor()
    await page.goto(server.url + '/')
    await settle(page)
    expect(await standInsRan(page)).toEqual([])
    expect(videoFrame(page)).toBeUndefined()
    expect(await page.evaluate(() => document.querySelector('#video')!.getAttribute('data-assent-held'))).toBe('youtube')
    // The pagehide beacon is refused as a failed one: sendBeacon says false.
    expect(await pagehide(page)).toBe(false)
    await page.waitForTimeout(300)
    expect(requests.sort()).toEqual(PARSER_REQUESTED.slice().sort())
    expect(await trackingCookies(context)).toEqual([])
    await context.close()
  })

  it('after accept: each tag runs once, in order, the iframe and the image load, the beacon goes', async () => {
    const { context, page, requests } = await visitor()
    await page.goto(server.url + '/')
    await settle(page)
    requests.length = 0
    await page.evaluate(() => window.assent!.acceptAll())
    await page.waitForFunction(() => (window as unknown as { __standIns?: string[] }).__standIns?.length == 6)
    const ran = await page.evaluate(() => (window as unknown as { __standIns: string[] }).__standIns)
    // Held in this order (the parser's gtag, then what the snippets inserted), run in it; the
    // container's two tags come after it, not held any more.
    expect(ran.slice(0, 4)).toEqual(['gtag', 'facebook', 'hotjar', 'gtm'])
    expect(ran.slice(4).sort()).toEqual(['bing', 'linkedin'])
    // The iframe's navigation goes through the test's routed stand-in (Node answers it): with
    // the other test projects running beside this one, it once did not load within 5 s.
    await expect.poll(() => videoFrame(page)?.locator('#video').textContent(), { timeout: 15_000 }).toContain('Stand-in')
    expect(await page.evaluate(() => (document.querySelector('#pixel') as HTMLImageElement).naturalWidth)).toBe(1)
    await expect.poll(() => trackingCookies(context), COOKIE_STORE).toEqual(TAG_COOKIES)
    expect(await pagehide(page)).toBe(true)
    await expect.poll(() => requests.filter((url) => url.includes('en=page_hide')).length, { timeout: 5000 }).toBe(1)
    // Each once: one request per tag and for the video since accept.
    for (const host of ['connect.facebook.net', 'static.hotjar.com', 'gtm.js', 'bat.bing.com', 'snap.licdn.com', 'youtube-nocookie']) {
      expect(requests.filter((url) => url.includes(host)), host).toHaveLength(1)
    }
    // A return visit with the stored decision: everything runs once, as if no tool were there.
    await page.goto(server.url + '/')
    await page.waitForFunction(() => (window as unknown as { __standIns?: string[] }).__standIns?.length == 6)
    await page.waitForTimeout(300)
    expect(await standInsRan(page)).toEqual(['bing', 'facebook', 'gtag', 'gtm', 'hotjar', 'linkedin'])
    expect(await page.locator('[data-assent-held]').count()).toBe(0)
    await context.close()
  })

  it('after reject and reload: nothing runs and nothing script-made is requested', async () => {
    const { context, page, requests } = await visitor()
    await page.goto(server.url + '/')
    await settle(page)
    await page.evaluate(() => window.assent!.rejectAll())
    await page.waitForTimeout(200)
    expect(await standInsRan(page)).toEqual([])
    requests.length = 0
    await page.reload()
    await settle(page)
    expect(await standInsRan(page)).toEqual([])
    expect(videoFrame(page)).toBeUndefined()
    expect(await pagehide(page)).toBe(false)
    await page.waitForTimeout(300)
    expect(requests.sort()).toEqual(PARSER_REQUESTED.slice().sort())
    expect(await trackingCookies(context)).toEqual([])
    await context.close()
  })

  it('accept, then withdraw: nothing new of the refused services loads, their cookies are deleted', async () => {
    const { context, page, requests } = await visitor()
    await page.goto(server.url + '/')
    await settle(page)
    await page.evaluate(() => window.assent!.acceptAll())
    await page.waitForFunction(() => (window as unknown as { __standIns?: string[] }).__standIns?.length == 6)
    await page.evaluate(() => window.assent!.withdraw())
    await expect.poll(() => trackingCookies(context), COOKIE_STORE).toEqual([])
    requests.length = 0
    // A tag that a script adds now stays held.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.src = 'https://connect.facebook.net/en_US/fbevents.js'
      document.body.append(script)
    })
    await page.click('#next')
    await page.waitForURL('**/next')
    await page.waitForTimeout(300)
    expect(requests).toEqual([])
    await context.close()
  })
})
