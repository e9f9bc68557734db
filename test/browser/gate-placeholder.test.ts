// The embed placeholder in real Chromium, with the UI on the page: it names the service by its
// config title (a catalogue entry's "YouTube"), not its key, says what loading it shares (the
// service's description), and axe finds nothing in it. (The placeholder that keeps the embed's
// box, its preferences button and its default look do not fit the size budgets yet: see
// docs/gate.md.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, startServer, bundlePage, type TestBrowser, type TestServer } from './harness'
import { axeViolations } from './ui-pages'
import { youtube } from '../../src/services/youtube'

let browser: TestBrowser
let server: TestServer

const config = { policy: { version: '1' }, categories: { necessary: { required: true }, functional: { services: { youtube, chat: {} } } }, ui: { layout: 'box' } }
const EMBEDS = '<iframe id="video" width="560" height="315" title="A video" data-assent="functional" data-assent-service="youtube" data-assent-src="/embed" data-assent-placeholder></iframe>' +
  '<iframe id="chat" title="Chat" data-assent="functional" data-assent-service="chat" data-assent-src="/chat" data-assent-placeholder></iframe>'

beforeAll(async () => {
  browser = await launch()
  server = await startServer({ '/embeds': { body: bundlePage(config, EMBEDS) } })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the placeholder', () => {
  it("names the service by its config title (the catalogue's), else by its key; its text is the service's description", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/embeds')
    const [video, chat] = [page.locator('[data-assent-blocked=youtube]'), page.locator('[data-assent-blocked=chat]')]
    // What loading it shares: the catalogue entry's description; without one, the default text.
    expect(await video.locator('p').textContent()).toBe(youtube.description)
    expect(await chat.locator('p').textContent()).toBe('This content from chat is blocked until you allow it.')
    expect(await video.getByRole('button').textContent()).toBe('Allow YouTube')
    expect(await chat.getByRole('button').textContent()).toBe('Allow chat')
    await video.getByRole('button').click()
    await page.waitForFunction(() => document.getElementById('video')?.getAttribute('src') == '/embed')
    expect(await page.evaluate(() => [window.assent!.granted('youtube'), window.assent!.granted('chat')])).toEqual([true, false])
    await context.close()
  })

  it('axe finds nothing in it', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/embeds')
    await page.locator('.assent-placeholder').first().waitFor()
    expect(await axeViolations(page, '.assent-placeholder')).toEqual([])
    await context.close()
  })
})
