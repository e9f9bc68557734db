// The core through the real script-tag bundle in real Chromium: decisions, the cookie,
// reloads, signals, policy change and cross-tab updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundlePage, COOKIE_STORE, launch, startServer, type TestBrowser, type TestServer } from './harness'

const config = (version = '1') => ({
  policy: { version },
  categories: { necessary: { required: true }, analytics: { services: { ga4: { cookies: ['_ga'] } } }, marketing: {} },
  ui: false,
})

let browser: TestBrowser
let server: TestServer

beforeAll(async () => {
  browser = await launch()
  server = await startServer({ '/': { body: bundlePage(config()) }, '/v2': { body: bundlePage(config('2')) } })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('core in Chromium through dist/assent.js', () => {
  it('starts undecided, stores a decision in one cookie, and keeps it across a reload', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/')
    expect(await page.evaluate(() => window.assent!.decided)).toBe(false)
    expect(await context.cookies()).toEqual([])
    const record = await page.evaluate(() => window.assent!.save({ analytics: true }, 'api'))
    expect(record.choices).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(record.services).toEqual({ ga4: true })
    await expect.poll(async () => (await context.cookies()).map((c) => c.name), COOKIE_STORE).toEqual(['assent'])
    const cookies = await context.cookies()
    expect(cookies[0].sameSite).toBe('Lax')
    expect(cookies[0].value.length).toBeLessThan(4096)
    await page.reload()
    expect(await page.evaluate(() => [window.assent!.decided, window.assent!.record!.id, window.assent!.granted('ga4'), window.assent!.granted('marketing')]))
      .toEqual([true, record.id, true, false])
    await context.close()
  })

  it('voids the decision when the policy version changes, keeping the subject', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/')
    const first = await page.evaluate(() => window.assent!.acceptAll())
    await page.goto(server.url + '/v2')
    expect(await page.evaluate(() => window.assent!.decided)).toBe(false)
    const second = await page.evaluate(() => window.assent!.rejectAll())
    expect(second.subject).toBe(first.subject)
    expect(second.policyVersion).toBe('2')
    await context.close()
  })

  it('treats a tampered cookie as no decision', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/')
    await page.evaluate(() => window.assent!.rejectAll())
    const [cookie] = await context.cookies()
    const edited = encodeURIComponent(decodeURIComponent(cookie.value).replace('"analytics":false', '"analytics":true'))
    expect(edited).not.toBe(cookie.value)
    await context.addCookies([{ ...cookie, value: edited }])
    await page.reload()
    expect(await page.evaluate(() => [window.assent!.decided, window.assent!.granted('analytics')])).toEqual([false, false])
    await context.close()
  })

  it('honours Global Privacy Control with a recorded refusal', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
    const page = await context.newPage()
    await page.goto(server.url + '/')
    const record = await page.evaluate(() => window.assent!.record)
    expect(record).toMatchObject({ action: 'reject-all', source: 'signal', signals: { doNotTrack: false, globalPrivacyControl: true } })
    expect(record!.choices).toEqual({ necessary: true, analytics: false, marketing: false })
    await context.close()
  })

  it('applies a change made in one tab to the other open tabs', async () => {
    const context = await browser.newContext()
    const first = await context.newPage()
    const second = await context.newPage()
    await first.goto(server.url + '/')
    await second.goto(server.url + '/')
    await second.evaluate(() => {
      const w = window as unknown as { grants: string[] }
      w.grants = []
      window.assent!.on('grant', (name) => w.grants.push(name))
    })
    await first.evaluate(() => window.assent!.acceptAll())
    // Polled by timer: requestAnimationFrame, the default, may not run in a tab in the background.
    await second.waitForFunction(() => window.assent!.decided, undefined, { polling: 50 })
    expect(await second.evaluate(() => (window as unknown as { grants: string[] }).grants.sort())).toEqual(['analytics', 'ga4', 'marketing'])
    await first.evaluate(() => window.assent!.withdraw())
    await second.waitForFunction(() => !window.assent!.granted('analytics'), undefined, { polling: 50 })
    expect(await second.evaluate(() => window.assent!.record!.action)).toBe('withdraw')
    await context.close()
  })

  it('reports a bad config with console.error naming the field and keeps the page working', async () => {
    server.route('/bad', { body: bundlePage({ policy: { version: 3 }, categories: {} }, '<p id="ok">page works</p>') })
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await page.goto(server.url + '/bad')
    expect(errors.join('\n')).toContain('policy.version')
    expect(await page.evaluate(() => [typeof window.Assent, window.assent === undefined, document.getElementById('ok')!.textContent]))
      .toEqual(['object', true, 'page works'])
    await context.close()
  })
})
