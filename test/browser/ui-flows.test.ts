// assent/ui in Chromium through dist/assent.js: clicks through both layers produce the right
// records; closing decides nothing; the page's "cookie settings" element reopens the dialog;
// signals and crawlers; options errors name the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { banner, button, preferences, uiPage } from './ui-pages'

let browser: TestBrowser
let server: TestServer

beforeAll(async () => {
  browser = await launch()
  server = await startServer({ '/': { body: uiPage() }, '/privacy': { body: '<h1>Privacy</h1>' } })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function visit(path = '/', contextOptions = {}) {
  const context = await browser.newContext(contextOptions)
  const page = await context.newPage()
  await page.goto(server.url + path)
  return { context, page }
}

const record = (page: import('playwright-core').Page) => page.evaluate(() => window.assent!.record)

describe('banner (first layer)', () => {
  it('accept all records an accept-all from the banner and hides the banner', async () => {
    const { context, page } = await visit()
    await expect(banner(page).isVisible()).resolves.toBe(true)
    // While shown, the bar reserves room at the bottom of the page (WCAG 2.4.11); it gives it back.
    await page.waitForFunction(() => document.documentElement.style.paddingBottom.endsWith('px'), null, { timeout: 2000 })
    const { paddingBottom, scrollPaddingBottom } = await page.evaluate(() => {
      const { paddingBottom, scrollPaddingBottom } = document.documentElement.style
      return { paddingBottom, scrollPaddingBottom }
    })
    expect(parseFloat(paddingBottom)).toBeGreaterThan(100)
    expect(scrollPaddingBottom).toBe(paddingBottom)
    await button(page, 'banner', 'accept-all').click()
    await page.waitForFunction(() => document.documentElement.style.cssText == '', null, { timeout: 2000 })
    expect(await record(page)).toMatchObject({
      action: 'accept-all', source: 'banner', language: 'en',
      choices: { necessary: true, analytics: true, marketing: true }, services: { ga4: true, hotjar: true, ads: true },
    })
    expect(await banner(page).count()).toBe(0)
    await page.reload()
    expect(await banner(page).count()).toBe(0)
    await context.close()
  })

  it('reject all records a reject-all from the banner', async () => {
    const { context, page } = await visit()
    await button(page, 'banner', 'reject-all').click()
    expect(await record(page)).toMatchObject({ action: 'reject-all', source: 'banner', choices: { analytics: false, marketing: false } })
    expect(await banner(page).count()).toBe(0)
    await context.close()
  })

  it('closing decides nothing: no record, and the banner is back on the next page', async () => {
    const { context, page } = await visit()
    await button(page, 'banner', 'close').click()
    expect(await banner(page).count()).toBe(0)
    expect(await page.evaluate(() => [window.assent!.decided, window.assent!.granted('analytics')])).toEqual([false, false])
    expect(await context.cookies()).toEqual([])
    await page.reload()
    await expect(banner(page).isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('links to the privacy policy as a plain link', async () => {
    const { context, page } = await visit()
    expect(await banner(page).locator('a').getAttribute('href')).toBe('/privacy')
    await context.close()
  })
})

describe('preferences (second layer)', () => {
  it('shows every category and service unticked, required ones on and disabled', async () => {
    const { context, page } = await visit()
    await button(page, 'banner', 'preferences').click()
    const dialog = preferences(page)
    await expect(dialog.isVisible()).resolves.toBe(true)
    const toggles = await dialog.locator('input[type=checkbox]').evaluateAll((inputs) =>
      inputs.map((input) => [input.getAttribute('data-assent-category') ?? input.getAttribute('data-assent-service'), (input as HTMLInputElement).checked, (input as HTMLInputElement).disabled]))
    expect(toggles).toEqual([
      ['necessary', true, true], ['analytics', false, false], ['ga4', false, false], ['hotjar', false, false],
      ['marketing', false, false], ['ads', false, false],
    ])
    expect(await dialog.textContent()).toContain('Measure use of the site.')
    expect(await dialog.locator('a[href="/privacy"]').count()).toBe(1)
    await context.close()
  })

  it('saves a custom choice: a category with one service refused, and a single service alone', async () => {
    const { context, page } = await visit()
    await button(page, 'banner', 'preferences').click()
    const dialog = preferences(page)
    await dialog.locator('[data-assent-category=analytics]').check()
    // The services fold under their category: open both lists.
    for (const summary of await dialog.locator('summary').all()) await summary.click()
    expect(await dialog.locator('[data-assent-service=ga4]').isChecked()).toBe(true)
    await dialog.locator('[data-assent-service=hotjar]').uncheck()
    await dialog.locator('[data-assent-service=ads]').check()
    await button(page, 'preferences', 'save').click()
    expect(await record(page)).toMatchObject({
      action: 'custom', source: 'preferences',
      choices: { necessary: true, analytics: true, marketing: false }, services: { ga4: true, hotjar: false, ads: true },
    })
    await preferences(page).waitFor({ state: 'detached' })
    expect(await banner(page).count()).toBe(0)
    await context.close()
  })

  it('accept all and reject all in the dialog record with source preferences', async () => {
    const { context, page } = await visit()
    await button(page, 'banner', 'preferences').click()
    await button(page, 'preferences', 'reject-all').click()
    expect(await record(page)).toMatchObject({ action: 'reject-all', source: 'preferences' })
    await page.getByText('Cookie settings').click()
    await button(page, 'preferences', 'accept-all').click()
    expect(await record(page)).toMatchObject({ action: 'accept-all', source: 'preferences' })
    await context.close()
  })

  it('the page element with data-assent-open reopens the dialog with the current choices, to withdraw', async () => {
    const { context, page } = await visit()
    await button(page, 'banner', 'accept-all').click()
    await page.getByText('Cookie settings').click()
    const dialog = preferences(page)
    expect(await dialog.locator('[data-assent-category=marketing]').isChecked()).toBe(true)
    await dialog.locator('[data-assent-category=marketing]').uncheck()
    expect(await dialog.locator('[data-assent-service=ads]').isChecked()).toBe(false)
    await button(page, 'preferences', 'save').click()
    expect(await page.evaluate(() => [window.assent!.granted('analytics'), window.assent!.granted('marketing'), window.assent!.granted('ads')]))
      .toEqual([true, false, false])
    await context.close()
  })

  it('closing the dialog decides nothing and the banner stays', async () => {
    const { context, page } = await visit()
    await button(page, 'banner', 'preferences').click()
    await preferences(page).locator('[data-assent-category=analytics]').check()
    await button(page, 'preferences', 'close').click()
    await preferences(page).waitFor({ state: 'detached' })
    expect(await page.evaluate(() => window.assent!.decided)).toBe(false)
    await expect(banner(page).isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('a decision made through the API hides the banner; a reset brings it back', async () => {
    const { context, page } = await visit()
    await page.evaluate(() => window.assent!.rejectAll())
    expect(await banner(page).count()).toBe(0)
    await page.evaluate(() => window.assent!.reset())
    await expect(banner(page).isVisible()).resolves.toBe(true)
    await context.close()
  })
})

describe('signals and crawlers', () => {
  it('with Global Privacy Control honoured: no banner, and the dialog says the signal is honoured', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
    const page = await context.newPage()
    await page.goto(server.url + '/')
    expect(await banner(page).count()).toBe(0)
    await page.getByText('Cookie settings').click()
    expect(await preferences(page).textContent()).toContain("We honour your browser's Do Not Track or GPC signal.")
    await context.close()
  })

  it('without a signal the dialog has no such notice', async () => {
    const { context, page } = await visit()
    await page.getByText('Cookie settings').click()
    await preferences(page).waitFor()
    expect(await preferences(page).textContent()).not.toContain('not to be tracked')
    await context.close()
  })

  it('hides the banner from a crawler user agent, but not from an automated browser', async () => {
    const bot = await visit('/', { userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' })
    expect(await bot.page.evaluate(() => window.assent!.decided)).toBe(false)
    expect(await banner(bot.page).count()).toBe(0)
    await bot.context.close()
    const automated = await visit()
    expect(await automated.page.evaluate(() => navigator.webdriver)).toBe(true)
    await expect(banner(automated.page).isVisible()).resolves.toBe(true)
    await automated.context.close()
  })

  it('shows the banner to crawlers when hideFromBots is false', async () => {
    server.route('/bots', { body: uiPage({ hideFromBots: false }) })
    const { context, page } = await visit('/bots', { userAgent: 'Mozilla/5.0 (compatible; bingbot/2.0)' })
    await expect(banner(page).isVisible()).resolves.toBe(true)
    await context.close()
  })
})

describe('options', () => {
  it('reports a bad option with console.error naming the field, and shows no UI', async () => {
    server.route('/bad', { body: uiPage({ layout: 'popup' }) })
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await page.goto(server.url + '/bad')
    await page.waitForFunction(() => document.readyState === 'complete')
    expect(errors.join('\n')).toContain('assent: ui.layout is invalid (assent.debug.js says why)')
    expect(await page.locator('assent-ui').count()).toBe(0)
    await context.close()
  })
})
