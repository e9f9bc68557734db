// The Vite React example (examples/react-vite) in Chromium, built from the current dist/ as
// `npm start` builds it: assent/react's provider, hooks and <Consent> on a real page.
import { execSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COOKIE_STORE, launch, type TestBrowser } from './harness'
import { routeThirdParties } from './stand-ins'
import { banner, bannerButton, cookieNames, eventually, startTestDemo, type Demo } from './demo'
import { axePageViolations, collectErrors } from './react-pages'

let browser: TestBrowser
let demo: Demo

beforeAll(async () => {
  execSync('npx vite build examples/react-vite --logLevel error', { cwd: new URL('../../', import.meta.url).pathname, stdio: 'inherit' })
  ;[browser, demo] = await Promise.all([launch(), startTestDemo()])
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await demo?.close()
})

async function visitor() {
  const context = await browser.newContext()
  context.setDefaultTimeout(10_000)
  await routeThirdParties(context)
  const page = await context.newPage()
  const errors = collectErrors(page)
  return { context, page, errors }
}

const video = (page: import('playwright-core').Page) => page.locator('iframe[title="Example video"]')
const subject = (page: import('playwright-core').Page) =>
  page.evaluate(() => decodeURIComponent(document.cookie.match(/assent=([^;]+)/)![1]).match(/"subject":"([^"]+)"/)![1])

describe('examples/react-vite', () => {
  it('accept, withdraw and a return visit update the page without a reload; records reach the endpoint', async () => {
    const { context, page, errors } = await visitor()
    await page.goto(`${demo.url}/react-vite/`)
    await expect(banner(page).isVisible()).resolves.toBe(true)
    await page.locator('[data-decision="none"]').waitFor()
    expect(await page.locator('[data-assent-blocked="youtube"]').isVisible()).toBe(true)
    expect(await page.locator('[data-stats-off]').isVisible()).toBe(true)
    expect(await axePageViolations(page)).toEqual([])
    // A marker that a reload would lose.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))

    await bannerButton(page, 'accept-all').click()
    await page.locator('[data-stats]').waitFor()
    await video(page).waitFor()
    expect(await video(page).getAttribute('src')).toContain('youtube-nocookie.com/embed/')
    expect(await page.locator('[data-decision="accept-all"]').textContent()).toContain('Analytics allowed, marketing allowed')
    expect(await banner(page).count()).toBe(0)
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toEqual(expect.arrayContaining(['assent', 'rv_stats']))

    await page.locator('[data-withdraw]').click()
    await page.locator('[data-stats-off]').waitFor()
    expect(await video(page).count()).toBe(0)
    expect(await page.locator('[data-decision="withdraw"]').textContent()).toContain('Analytics refused, marketing refused')
    // The gate plugin deleted the analytics cookie on the revoke.
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toEqual(['assent'])
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    const records = await eventually(() => subject(page).then(demo.records), (r) => r.length === 2)
    expect(records.map((r) => r.action)).toEqual(['withdraw', 'accept-all'])

    await page.reload()
    await page.locator('[data-decision="withdraw"]').waitFor()
    expect(await banner(page).count()).toBe(0)
    expect(await video(page).count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('reject all keeps the placeholder and analytics off, without a reload', async () => {
    const { context, page, errors } = await visitor()
    await page.goto(`${demo.url}/react-vite/`)
    await page.locator('[data-decision="none"]').waitFor()
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    await bannerButton(page, 'reject-all').click()
    await page.locator('[data-decision="reject-all"]').waitFor()
    expect(await page.locator('[data-decision="reject-all"]').textContent()).toContain('Analytics refused, marketing refused')
    expect(await banner(page).count()).toBe(0)
    expect(await page.locator('[data-assent-blocked="youtube"]').isVisible()).toBe(true)
    expect(await page.locator('[data-stats-off]').isVisible()).toBe(true)
    expect(await video(page).count()).toBe(0)
    // The consent cookie and no analytics cookie.
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toEqual(['assent'])
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    expect(await axePageViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it("the placeholder allows YouTube alone, kept on a return visit", async () => {
    const { context, page, errors } = await visitor()
    await page.goto(`${demo.url}/react-vite/`)
    await page.locator('[data-assent-blocked="youtube"] button').click()
    await video(page).waitFor()
    expect(await page.locator('[data-stats-off]').isVisible()).toBe(true)
    expect(await page.locator('[data-decision="custom"]').textContent()).toContain('Analytics refused, marketing refused')
    // One decision made: the banner is gone.
    expect(await banner(page).count()).toBe(0)
    expect(await axePageViolations(page)).toEqual([])
    await page.reload()
    await video(page).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
