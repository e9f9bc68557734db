// The Vite single-page app example: npm imports, routes that add gated elements after start.
import { execSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COOKIE_STORE, launch, type TestBrowser } from './harness'
import { routeThirdParties, standInsRan } from './stand-ins'
import { banner, bannerButton, cookieNames, eventually, startTestDemo, subjectOf, type Demo } from './demo'

let browser: TestBrowser
let demo: Demo

beforeAll(async () => {
  // Build the app from the current dist/, as `npm start` would.
  execSync('npx vite build examples/spa --logLevel error', { cwd: new URL('../../', import.meta.url).pathname, stdio: 'inherit' })
  ;[browser, demo] = await Promise.all([launch(), startTestDemo()])
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await demo?.close()
})

describe('examples/spa', () => {
  it('gates elements that routes add before and after the decision', async () => {
    const context = await browser.newContext()
    context.setDefaultTimeout(10_000)
    await routeThirdParties(context)
    const page = await context.newPage()
    await page.goto(`${demo.url}/spa/#/stats`)
    await expect(banner(page).isVisible()).resolves.toBe(true)
    expect(await standInsRan(page)).toEqual([])
    await bannerButton(page, 'accept-all').click()
    await page.waitForFunction(() => ((window as any).__standIns ?? []).includes('stats'))
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-analytics-ready'))).toBe(true)
    await page.goto(`${demo.url}/spa/#/video`)
    await page.waitForFunction(() => document.querySelector('iframe[data-assent]')?.getAttribute('src')?.includes('youtube'))
    await page.goto(`${demo.url}/spa/#/stats`)
    await page.waitForFunction(() => ((window as any).__standIns ?? []).filter((s: string) => s === 'stats').length === 2)
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toEqual(expect.arrayContaining(['assent', 'spa_stats']))
    const records = await eventually(() => subjectOf(page).then(demo.records), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'accept-all' })
    await context.close()
  })

  it('refused: route changes add nothing that runs', async () => {
    const context = await browser.newContext()
    context.setDefaultTimeout(10_000)
    const page = await context.newPage()
    await page.goto(`${demo.url}/spa/`)
    await bannerButton(page, 'reject-all').click()
    await page.goto(`${demo.url}/spa/#/stats`)
    await page.goto(`${demo.url}/spa/#/video`)
    await page.waitForTimeout(200)
    expect(await standInsRan(page)).toEqual([])
    expect(await page.locator('iframe[data-assent]').getAttribute('src')).toBeNull()
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toEqual(['assent'])
    await context.close()
  })
})
