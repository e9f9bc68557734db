// The embed placeholder in real Chromium: it keeps the box of the embed it stands for, so that
// replacing it by the loaded embed moves nothing (no layout-shift entry, CLS 0), for an iframe
// sized by its width/height attributes (YouTube's embed code, an inline box with the default
// 2px border) and for one sized by CSS aspect-ratio; it names the service by its title, says
// what loading it shares, opens the preferences through `data-assent-open`, has its look under
// a strict CSP, and axe finds nothing in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { launch, startServer, bundlePage, type TestBrowser, type TestServer } from './harness'
import { axeViolations, preferences, button } from './ui-pages'
import { youtube } from '../../src/services/youtube'

let browser: TestBrowser
let server: TestServer

const EMBED_URL = 'https://www.youtube-nocookie.com/embed/x'
const config = (extra: object = {}) => ({
  policy: { version: '1' },
  categories: { necessary: { required: true }, functional: { services: { youtube, chat: {} } } },
  ...extra,
})
const TEXT = '<p>' + 'Text before the video. '.repeat(20) + '</p>'
const AFTER = '<p id="after">Text after the video.</p>'
// YouTube's embed code: width and height attributes, no CSS.
const BY_ATTRIBUTES = `${TEXT}<iframe id="video" width="560" height="315" title="A video" data-assent="functional" data-assent-service="youtube" data-assent-src="${EMBED_URL}" data-assent-placeholder></iframe>${AFTER}`
// A responsive embed: no attributes, the page's CSS gives it the width and an aspect ratio.
const RATIO_CSS = '<style>.video{display:block;width:100%;aspect-ratio:16/9;border:0;margin:1em 0}</style>'
const BY_RATIO = `${RATIO_CSS}${TEXT}<iframe id="video" class="video" title="A video" data-assent="functional" data-assent-service="youtube" data-assent-src="${EMBED_URL}" data-assent-placeholder></iframe>${AFTER}`

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    '/attributes': { body: bundlePage(config({ ui: { layout: 'box' } }), BY_ATTRIBUTES) },
    '/ratio': { body: bundlePage(config({ ui: { layout: 'box' } }), BY_RATIO) },
    '/chat': { body: bundlePage(config({ ui: false, gate: { texts: { preferences: '' } } }), '<iframe title="chat" data-assent="functional" data-assent-service="chat" data-assent-src="/chat" data-assent-placeholder></iframe>') },
    '/csp': {
      body: bundlePage(config({ ui: false }), BY_ATTRIBUTES).replaceAll('<script', '<script nonce="n0nce"'),
      headers: { 'content-security-policy': "default-src 'self'; script-src 'nonce-n0nce' 'strict-dynamic'; style-src 'self'; frame-src https:" },
    },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A visitor whose layout shifts are all kept (also those right after input, which CLS leaves out). */
async function visit(path: string, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport })
  await context.route(EMBED_URL, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>video</title><body style="margin:0;background:#000"><p id="inside">the video</p>' }))
  await context.addInitScript(() => {
    const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = [])
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true })
  })
  const page = await context.newPage()
  await page.goto(server.url + path)
  await page.locator('.assent-placeholder').waitFor()
  return { context, page }
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.slice())
/** Two frames: any shift of the last change has been laid out and reported. */
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
const rect = (page: Page, selector: string) => page.locator(selector).evaluate((node) => JSON.stringify(node.getBoundingClientRect()))

describe('the placeholder keeps the embed\'s box: nothing moves when the embed loads', () => {
  for (const [path, what] of [['/attributes', 'width/height attributes (inline, 2px border)'], ['/ratio', 'CSS aspect-ratio (block, no border)']] as const) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
      it(`${what} at ${viewport.width}px: allowed from the placeholder, no layout shift`, async () => {
        const { context, page } = await visit(path, viewport)
        await frames(page)
        const placeholder = await rect(page, '.assent-placeholder')
        const after = await rect(page, '#after')
        expect(await shifts(page)).toEqual([])
        await page.getByRole('button', { name: 'Allow YouTube' }).click()
        await page.frameLocator('#video').locator('#inside').waitFor()
        await frames(page)
        expect(await page.locator('.assent-placeholder').count()).toBe(0)
        // The embed sits exactly where the placeholder was, and what follows has not moved.
        expect(await rect(page, '#video')).toBe(placeholder)
        expect(await rect(page, '#after')).toBe(after)
        expect(await shifts(page)).toEqual([])
        await context.close()
      })
    }
  }

  it('also when the grant comes from the API (a shift then would count in CLS)', async () => {
    const { context, page } = await visit('/ratio')
    await frames(page)
    const placeholder = await rect(page, '.assent-placeholder')
    await page.evaluate(() => window.assent!.save({ functional: true }))
    await page.frameLocator('#video').locator('#inside').waitFor()
    await frames(page)
    expect(await rect(page, '#video')).toBe(placeholder)
    expect(await shifts(page)).toEqual([])
    await context.close()
  })

  it('follows the page\'s responsive CSS: the same box as the embed after a resize', async () => {
    const { context, page } = await visit('/ratio')
    await page.setViewportSize({ width: 600, height: 800 })
    await frames(page)
    const placeholder = await rect(page, '.assent-placeholder')
    await page.evaluate(() => window.assent!.save({ functional: true }))
    await page.frameLocator('#video').locator('#inside').waitFor()
    expect(await rect(page, '#video')).toBe(placeholder)
    await context.close()
  })
})

describe('what the placeholder says and offers', () => {
  it('names the service by its title and says what loading it shares (its description)', async () => {
    const { context, page } = await visit('/attributes')
    const box = page.locator('.assent-placeholder')
    expect(await box.locator('strong').textContent()).toBe('YouTube')
    expect(await box.locator('p').textContent()).toBe(youtube.description)
    expect(await box.getByRole('button').allTextContents()).toEqual(['Allow YouTube', 'Privacy preferences'])
    expect(await page.locator('#video').isVisible()).toBe(false)
    await context.close()
  })

  it('without a title in the config: the name with a capital, the default text; no preferences button when its text is empty', async () => {
    const { context, page } = await visit('/chat')
    const box = page.locator('.assent-placeholder')
    expect(await box.locator('strong').textContent()).toBe('Chat')
    expect(await box.locator('p').textContent()).toBe('Loading this content shares your IP address and browser details with its provider.')
    expect(await box.getByRole('button').allTextContents()).toEqual(['Allow Chat'])
    await context.close()
  })

  it('its preferences button opens the preferences dialog, where allowing the service loads the embed', async () => {
    const { context, page } = await visit('/attributes')
    await page.getByRole('button', { name: 'Privacy preferences' }).click()
    await preferences(page).waitFor()
    expect(await preferences(page).isVisible()).toBe(true)
    await preferences(page).locator('summary').first().click()
    await page.locator('assent-ui [data-assent-service=youtube]').check()
    await button(page, 'preferences', 'save').click()
    await page.frameLocator('#video').locator('#inside').waitFor()
    expect(await page.locator('.assent-placeholder').count()).toBe(0)
    await context.close()
  })

  it('has its look under a strict CSP (a constructed stylesheet, sizes through CSSOM), with no violation', async () => {
    const context = await browser.newContext()
    await context.route(EMBED_URL, (route) => route.fulfill({ contentType: 'text/html', body: '<p id="inside">the video</p>' }))
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()))
    await page.goto(server.url + '/csp')
    const box = page.locator('.assent-placeholder')
    await box.waitFor()
    await frames(page)
    const look = await box.evaluate((node) => {
      const style = getComputedStyle(node)
      return { background: style.backgroundColor, width: style.width, height: style.height, display: style.display }
    })
    expect(look).toEqual({ background: 'rgb(255, 255, 255)', width: '560px', height: '315px', display: 'inline-block' })
    expect(violations).toEqual([])
    await context.close()
  })
})

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing in the placeholder (${scheme})`, async () => {
      const { context, page } = await visit('/attributes')
      await page.emulateMedia({ colorScheme: scheme })
      await page.evaluate((scheme) => (document.documentElement.style.colorScheme = scheme), scheme)
      const violations = await axeViolations(page, '.assent-placeholder')
      expect(violations).toEqual([])
      await context.close()
    })
  }
})
