// Every activated element is fetched exactly once, counted at the server: an iframe, an image,
// a video's <source>, an <audio src> and a stylesheet, on each path to activation (stored consent
// at start-up, a grant after load, an embed placeholder's button, an element added after the
// grant). A second fetch is a second player load for the visitor and a second hit for a tracker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { gatePage, LOG_JS } from './gate-pages'

let browser: TestBrowser
let server: TestServer

/** One gated element of each kind, each at its own path so that its fetches can be counted. */
const gated = (tag: string) => `
<iframe id="frame" title="embed" data-assent="marketing" data-assent-service="youtube" data-assent-src="/${tag}/frame"></iframe>
<img id="pixel" alt="" data-assent="marketing" data-assent-src="/${tag}/pixel.gif">
<video id="video"><source data-assent="marketing" data-assent-src="/${tag}/clip.webm" type="video/webm"></video>
<audio id="audio" data-assent="marketing" data-assent-src="/${tag}/sound.webm"></audio>
<link rel="stylesheet" data-assent="marketing" data-assent-src="/${tag}/style.css"><p id="styled">styled</p>`

const FILES = ['frame', 'pixel.gif', 'clip.webm', 'sound.webm', 'style.css']

function routesFor(tag: string) {
  return {
    [`/${tag}/frame`]: { body: '<!doctype html><title>embed</title><p id="inside">inside</p>' },
    [`/${tag}/pixel.gif`]: { body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'), type: 'image/gif' },
    [`/${tag}/clip.webm`]: { body: Buffer.alloc(16), type: 'video/webm' },
    [`/${tag}/sound.webm`]: { body: Buffer.alloc(16), type: 'audio/webm' },
    [`/${tag}/style.css`]: { body: '#styled { color: rgb(255, 0, 0) }', type: 'text/css' },
  }
}

const count = (path: string) => server.requests.filter((requested) => requested == path).length

/** Waits until every element of `tag` was fetched, then a little longer, so that a late
 * second fetch would be seen; returns the count per file. */
async function fetchesOf(page: Page, tag: string): Promise<Record<string, number>> {
  await page.frameLocator('#frame').locator('#inside').waitFor()
  await expect.poll(() => FILES.every((file) => count(`/${tag}/${file}`) > 0), { timeout: 5_000 }).toBe(true)
  await page.waitForTimeout(500)
  return Object.fromEntries(FILES.map((file) => [file, count(`/${tag}/${file}`)]))
}

const ONCE = Object.fromEntries(FILES.map((file) => [file, 1]))

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    '/log.js': { body: LOG_JS, type: 'text/javascript' },
    ...routesFor('later'), ...routesFor('stored'), ...routesFor('added'),
    '/later': { body: gatePage(`<h1>Later</h1>${gated('later')}`) },
    '/stored': { body: gatePage(`<h1>Stored</h1>${gated('stored')}`) },
    '/added': { body: gatePage('<h1>Added</h1><main id="main"></main>') },
    '/placeholder/frame': { body: '<!doctype html><title>embed</title><p id="inside">inside</p>' },
    '/placeholder': { body: gatePage('<iframe id="frame" title="embed" data-assent="marketing" data-assent-service="youtube" data-assent-src="/placeholder/frame" data-assent-placeholder></iframe>') },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('an activated element is fetched once', () => {
  it('on a grant after the page has loaded', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/later', { waitUntil: 'load' })
    expect(FILES.map((file) => count(`/later/${file}`))).toEqual([0, 0, 0, 0, 0])
    await page.evaluate(() => window.assent!.acceptAll())
    expect(await fetchesOf(page, 'later')).toEqual(ONCE)
    expect(await page.locator('#styled').evaluate((p) => getComputedStyle(p).color)).toBe('rgb(255, 0, 0)')
    await context.close()
  })

  it('with consent stored at start-up (the parser has just inserted the iframe)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/later')
    await page.evaluate(() => window.assent!.acceptAll())
    await page.goto(server.url + '/stored')
    expect(await fetchesOf(page, 'stored')).toEqual(ONCE)
    await context.close()
  })

  it('for elements added after the grant', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/added')
    await page.evaluate(() => window.assent!.acceptAll())
    await page.evaluate((html) => document.getElementById('main')!.insertAdjacentHTML('beforeend', html), gated('added'))
    expect(await fetchesOf(page, 'added')).toEqual(ONCE)
    await context.close()
  })

  it("through an embed placeholder's button", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/placeholder')
    await page.getByRole('button', { name: /Allow/ }).click()
    await page.frameLocator('#frame').locator('#inside').waitFor()
    await page.waitForTimeout(500)
    expect(count('/placeholder/frame')).toBe(1)
    await context.close()
  })
})
