// Blocked embeds in real Chromium: the iframe stays empty and hidden behind a placeholder that
// says what is blocked; its button (a real click) grants that one service through the core,
// keeping every other choice, and the embed loads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { gatePage, LOG_JS } from './gate-pages'

let browser: TestBrowser
let server: TestServer

const EMBED = '<iframe id="video" width="560" height="315" title="video" data-assent="marketing" data-assent-service="youtube" data-assent-src="/embed/x" data-assent-placeholder></iframe>'

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    '/log.js': { body: LOG_JS, type: 'text/javascript' },
    '/embed/x': { body: '<!doctype html><title>embed</title><p id="inside">the video</p>' },
    '/video': { body: gatePage(`<h1>Post</h1>${EMBED}`) },
    '/promo.webm': { body: Buffer.alloc(16), type: 'video/webm' },
    '/chat.css': { body: '#styled { color: rgb(255, 0, 0) }', type: 'text/css' },
    '/media': {
      body: gatePage(`<video id="promo"><source data-assent="marketing" data-assent-src="/promo.webm" type="video/webm"></video>
<link rel="stylesheet" data-assent="marketing" data-assent-src="/chat.css"><p id="styled">styled</p>`),
    },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('iframe placeholder', () => {
  it('shows what is blocked; "Allow Youtube" grants only that service and loads the embed', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/video')
    await page.evaluate(() => window.assent!.save({ analytics: true, hotjar: false }))
    const box = page.locator('.assent-placeholder')
    expect(await box.locator('p').textContent()).toBe('Loading this content shares your IP address and browser details with its provider.')
    expect(await box.isVisible()).toBe(true)
    expect(await page.locator('#video').isVisible()).toBe(false)
    expect(server.requests).not.toContain('/embed/x')
    await page.getByRole('button', { name: 'Allow Youtube' }).click()
    await page.frameLocator('#video').locator('#inside').waitFor()
    expect(await page.locator('.assent-placeholder').count()).toBe(0)
    expect(await page.locator('#video').isVisible()).toBe(true)
    const record = await page.evaluate(() => window.assent!.record!)
    expect(record.choices).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(record.services).toEqual({ ga4: true, hotjar: false, youtube: true, facebook: false })
    // The grant is stored: the next visit shows the embed at once, without a placeholder.
    await page.reload()
    await page.frameLocator('#video').locator('#inside').waitFor()
    expect(await page.locator('.assent-placeholder').count()).toBe(0)
    await context.close()
  })

  it('loads a gated <source> and stylesheet only after the grant', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/media')
    const color = () => page.evaluate(() => getComputedStyle(document.getElementById('styled')!).color)
    expect(await color()).toBe('rgb(0, 0, 0)')
    expect(await page.evaluate(() => (document.getElementById('promo') as HTMLVideoElement).currentSrc)).toBe('')
    expect(server.requests.filter((path) => path === '/promo.webm' || path === '/chat.css')).toEqual([])
    await page.evaluate(() => window.assent!.acceptAll())
    await page.waitForFunction(() => (document.getElementById('promo') as HTMLVideoElement).currentSrc.endsWith('/promo.webm'))
    await page.waitForFunction(() => getComputedStyle(document.getElementById('styled')!).color === 'rgb(255, 0, 0)')
    expect(server.requests).toContain('/promo.webm')
    await context.close()
  })

  it('works by keyboard', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/video')
    await page.locator('.assent-placeholder button').first().focus()
    await page.keyboard.press('Enter')
    await page.frameLocator('#video').locator('#inside').waitFor()
    expect(await page.evaluate(() => [window.assent!.granted('youtube'), window.assent!.granted('marketing')])).toEqual([true, false])
    await context.close()
  })
})
