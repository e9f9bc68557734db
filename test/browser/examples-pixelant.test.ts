// The pixelant example: the privacy policy that started assent, end to end in Chromium.
import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { launch, type TestBrowser } from './harness'
import { routeThirdParties, standInsRan } from './stand-ins'
import { banner, bannerButton, cookieNames, eventually, preferences, preferencesButton, startTestDemo, subjectOf, type Demo } from './demo'

let browser: TestBrowser
let demo: Demo
let context: BrowserContext
let page: Page

beforeAll(async () => {
  ;[browser, demo] = await Promise.all([launch(), startTestDemo()])
})
afterAll(async () => {
  await browser?.close()
  await demo?.close()
})
beforeEach(async () => {
  context = await browser.newContext()
  context.setDefaultTimeout(10_000) // a failing step names itself instead of timing the test out
  await routeThirdParties(context)
  page = await context.newPage()
})
afterEach(() => context.close())

const home = () => `${demo.url}/pixelant/`

describe('examples/pixelant', () => {
  it('asks first; the chat widget loads only after consent and goes with its cookies and storage on withdrawal', async () => {
    await page.goto(home())
    await expect(banner(page).isVisible()).resolves.toBe(true)
    expect(await standInsRan(page)).toEqual([])
    expect(await page.locator('#tidio-chat').count()).toBe(0)
    await bannerButton(page, 'preferences').click()
    await page.locator('input[data-assent-category="functional"]').check()
    await preferencesButton(page, 'save').click()
    await page.waitForSelector('#tidio-chat')
    expect(await standInsRan(page)).toEqual(['tidio'])
    expect(await cookieNames(page)).toEqual(['assent', 'tidio_state_demo'])
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tidio')))).toEqual(['tidio_state_demo_visitor'])

    await page.locator('footer [data-assent-open]').click()
    await page.locator('input[data-assent-category="functional"]').uncheck()
    await preferencesButton(page, 'save').click()
    // (the consent cookie itself names the service, so look at cookie names)
    await page.waitForFunction(() => !document.cookie.split('; ').some((c) => c.startsWith('tidio')))
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tidio')))).toEqual([])
    expect(await page.evaluate(() => window.assent!.granted('tidio'))).toBe(false)
  })

  it('the necessary session cookie works without consent and goes on logout', async () => {
    await page.goto(home())
    await page.locator('#sign-in').click()
    expect(await cookieNames(page)).toEqual(['pixelant_session'])
    await page.locator('#sign-out').click()
    expect(await cookieNames(page)).toEqual([])
  })

  it('with Do Not Track on: no banner, nothing non-essential, and the refusal is recorded', async () => {
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }))
    await page.goto(home())
    await page.waitForLoadState('load')
    await page.waitForTimeout(300) // the UI mounts on DOMContentLoaded; give it the chance to (wrongly) appear
    await expect(banner(page).isVisible()).resolves.toBe(false)
    expect(await standInsRan(page)).toEqual([])
    const records = await eventually(() => subjectOf(page).then(demo.records), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'reject-all', source: 'signal', signals: { doNotTrack: true } })
    await page.locator('footer [data-assent-open]').click()
    await expect(preferences(page).textContent()).resolves.toMatch(/DNT|Do Not Track|privacy signal/i)
  })

  it('a new policy date asks again', async () => {
    await page.goto(home())
    await bannerButton(page, 'accept-all').click()
    await page.reload()
    await expect(banner(page).isVisible()).resolves.toBe(false)
    const html = readFileSync(new URL('../../examples/pixelant/index.html', import.meta.url), 'utf8')
    await page.route(home(), (route) => route.fulfill({ contentType: 'text/html', body: html.replace('"version": "2025-01-08"', '"version": "2026-02-01"') }))
    await page.reload()
    await expect(banner(page).isVisible()).resolves.toBe(true)
    expect(await page.evaluate(() => window.assent!.decided)).toBe(false)
  })

  it('the visitor can export and erase their consent data', async () => {
    await page.goto(home())
    await bannerButton(page, 'reject-all').click()
    const subject = await subjectOf(page)
    await eventually(() => demo.records(subject), (r) => r.length === 1)
    await page.locator('footer [data-assent-open]').click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-assent-preferences] button', { hasText: /download/i }).click()])
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    expect(JSON.stringify(exported)).toContain(subject)
    page.once('dialog', (dialog) => dialog.accept())
    await page.locator('[data-assent-preferences] button', { hasText: /delete/i }).click()
    const records = await eventually(() => demo.records(subject), (r) => r.length === 0)
    expect(records).toEqual([])
  })
})
