// The script-tag example as a visitor uses it, in real Chromium against the `npm start` demo.
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest'
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

const open = () => page.goto(`${demo.url}/script-tag/`)

describe('examples/script-tag', () => {
  it('first visit: banner shown, nothing non-essential ran or set a cookie, video behind a placeholder', async () => {
    await open()
    await expect(banner(page).isVisible()).resolves.toBe(true)
    expect(await standInsRan(page)).toEqual([])
    expect(await cookieNames(page)).toEqual([])
    expect(await page.locator('iframe[data-assent]').getAttribute('src')).toBeNull()
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
  })

  it('accept all runs the tags, loads the video, records the decision on the server; a reload keeps it', async () => {
    await open()
    await bannerButton(page, 'accept-all').click()
    await page.waitForFunction(() => ((window as any).__standIns ?? []).length === 2)
    expect(await standInsRan(page)).toEqual(['facebook', 'gtag'])
    expect(await cookieNames(page)).toEqual(expect.arrayContaining(['_fbp', '_ga', '_ga_DEMO123', 'assent']))
    await page.waitForFunction(() => document.querySelector('iframe[data-assent]')?.getAttribute('src')?.includes('youtube'))
    await expect(banner(page).isVisible()).resolves.toBe(false)
    const subject = await subjectOf(page)
    const records = await eventually(() => demo.records(subject), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'accept-all', source: 'banner', choices: { analytics: true, marketing: true } })

    await page.reload()
    await page.waitForFunction(() => ((window as any).__standIns ?? []).length === 2)
    await expect(banner(page).isVisible()).resolves.toBe(false)
  })

  it('reject all runs nothing, also after a reload', async () => {
    await open()
    await bannerButton(page, 'reject-all').click()
    await page.reload()
    await page.waitForLoadState('load')
    await expect(banner(page).isVisible()).resolves.toBe(false)
    expect(await standInsRan(page)).toEqual([])
    expect(await cookieNames(page)).toEqual(['assent'])
    const records = await eventually(() => subjectOf(page).then(demo.records), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'reject-all', choices: { analytics: false, marketing: false } })
  })

  it('the footer link reopens the preferences, and withdrawing deletes the tags\' cookies', async () => {
    await open()
    await bannerButton(page, 'accept-all').click()
    await page.waitForFunction(() => document.cookie.includes('_ga='))
    await page.locator('footer [data-assent-open]').click()
    await expect(preferences(page).isVisible()).resolves.toBe(true)
    await preferencesButton(page, 'reject-all').click()
    await page.waitForFunction(() => !document.cookie.includes('_ga'))
    expect(await cookieNames(page)).toEqual(['assent'])
    expect(await page.evaluate(() => window.assent!.granted('analytics'))).toBe(false)
  })

  it('the placeholder allows only YouTube', async () => {
    await open()
    await page.locator('button', { hasText: /allow/i }).first().click()
    await page.waitForFunction(() => document.querySelector('iframe[data-assent]')?.getAttribute('src')?.includes('youtube'))
    expect(await page.evaluate(() => [window.assent!.granted('youtube'), window.assent!.granted('marketing'), window.assent!.granted('facebook')]))
      .toEqual([true, false, false])
    expect(await standInsRan(page)).toEqual([])
  })
})
