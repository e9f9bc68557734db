// The opt-out notice and the preferences of an opt-out regime (SPEC section 10) in Chromium:
// axe-core in every layout and theme and with GPC honoured, German's long words at 320 px,
// and the keyboard through the notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { axeViolations, banner, button, categories, focused, modulePage, preferences, uiPage } from './ui-pages'

let browser: TestBrowser
let server: TestServer
const OPT_OUT = { region: 'US-CA', regimes: { US: 'opt-out', default: 'opt-in' } }

beforeAll(async () => {
  browser = await launch()
  server = await startServer()
  for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
    for (const theme of ['light', 'dark']) server.route(`/${layout}/${theme}`, { body: uiPage({ layout, theme }, '', OPT_OUT) })
  }
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(path: string, options: Parameters<TestBrowser['newContext']>[0] = {}, gpc = false): Promise<Page> {
  const context = await browser.newContext(options)
  if (gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
  const page = await context.newPage()
  await page.goto(server.url + path)
  return page
}

describe('axe-core on the opt-out notice', () => {
  for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
    for (const theme of ['light', 'dark']) {
      it(`finds nothing on the notice and on "Your Privacy Choices": ${layout}, ${theme}`, async () => {
        const page = await open(`/${layout}/${theme}`)
        await expect(banner(page).isVisible()).resolves.toBe(true)
        expect(await button(page, 'banner', 'reject-all').textContent()).toBe('Do Not Sell or Share My Personal Information')
        expect(await axeViolations(page)).toEqual([])
        await button(page, 'banner', 'preferences').click()
        await expect(preferences(page).isVisible()).resolves.toBe(true)
        expect(await axeViolations(page)).toEqual([])
        await page.context().close()
      })
    }
  }

  it('finds nothing in the preferences that say a GPC opt-out was honored', async () => {
    const page = await open('/bar/light', {}, true)
    await page.locator('[data-assent-open]').click()
    await expect(preferences(page).locator('[data-assent-gpc]').textContent()).resolves.toBe('Opt-out request honored')
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('the notice by keyboard', () => {
  it('reaches the notice first; Enter on its close records the notice and decides', async () => {
    const page = await open('/bar/light')
    const order: string[] = []
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      order.push(await focused(page))
    }
    expect(order).toEqual(['close', 'Privacy policy', 'reject-all', 'preferences'])
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('close')
    await page.keyboard.press('Enter')
    await expect(banner(page).count()).resolves.toBe(0)
    expect(await page.evaluate(() => window.assent!.record)).toMatchObject({ action: 'notice', source: 'banner', regime: { region: 'US-CA', model: 'opt-out' } })
    await page.context().close()
  })
})

describe('long languages at 320 px', () => {
  for (const [language, title] of [['de', 'Ihre Datenschutz-Einstellungen'], ['fi', '']] as const) {
    it(`${language}: the notice and its preferences fit without sideways scrolling, every target at least 24 px, axe clean`, async () => {
      server.route(`/${language}`, {
        body: modulePage(`import { createConsent } from '/dist/index.js'
import { mountUI } from '/dist/ui.js'
import texts from '/dist/locales/${language}.js'
const consent = createConsent({ policy: { version: '1', url: '/privacy' }, categories: ${JSON.stringify(categories)}, ...${JSON.stringify(OPT_OUT)} })
window.assent = consent
window.noticeTitle = texts.noticeTitle
mountUI(consent, { texts: { ${language}: texts } })`, language),
      })
      const page = await open(`/${language}`, { viewport: { width: 320, height: 568 } })
      await banner(page).waitFor()
      // The notice shows the language's own notice title (German's is checked word for word).
      const expected = title || (await page.evaluate(() => (window as unknown as { noticeTitle: string }).noticeTitle))
      expect(await banner(page).locator('h2').textContent()).toBe(expected)
      const fits = (locator: ReturnType<typeof banner>) => locator.evaluate((element) => element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().width <= 320)
      expect(await fits(banner(page))).toBe(true)
      const small = (scope: string) => page.locator(`assent-ui [${scope}] :is(button, input)`).evaluateAll((elements) =>
        // Rendered controls only: a folded service list's switches are no targets until opened.
        elements.filter((element) => element.getClientRects().length).map((element) => element.getBoundingClientRect()).filter((box) => box.width < 24 || box.height < 24).length)
      expect(await small('data-assent-banner')).toBe(0)
      expect(await axeViolations(page)).toEqual([])
      await button(page, 'banner', 'preferences').click()
      await expect(preferences(page).isVisible()).resolves.toBe(true)
      expect(await fits(preferences(page))).toBe(true)
      expect(await small('data-assent-preferences')).toBe(0)
      expect(await axeViolations(page)).toEqual([])
      await page.context().close()
    })
  }
})
