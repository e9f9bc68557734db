// Languages of assent/ui in Chromium, from the ESM builds: the choice of language, the
// separately built locale modules, per-language overrides, and the language stored in records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { banner, button, categories, modulePage, preferences } from './ui-pages'

let browser: TestBrowser
let server: TestServer

beforeAll(async () => {
  browser = await launch()
  server = await startServer()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A page importing core, ui and the given locales; `options` is mountUI's second argument, as JS source. */
function route(path: string, locales: string[], options: string, lang: string): void {
  const imports = locales.map((locale) => `import ${locale} from '/dist/locales/${locale}.js'`).join('\n')
  server.route(path, {
    body: modulePage(`import { createConsent } from '/dist/index.js'
import { mountUI } from '/dist/ui.js'
${imports}
const consent = createConsent({ policy: { version: '1' }, categories: ${JSON.stringify({ ...categories, statistics: {} })} })
window.assent = consent
mountUI(consent, ${options})`, lang),
  })
}

async function open(path: string, locale?: string): Promise<Page> {
  const context = await browser.newContext(locale ? { locale } : {})
  const page = await context.newPage()
  await page.goto(server.url + path)
  await banner(page).waitFor()
  return page
}

describe('language', () => {
  it('follows <html lang> to a matching locale module, and records that language', async () => {
    route('/de', ['de', 'fr'], '{ texts: { de, fr } }', 'de-AT')
    const page = await open('/de', 'fr-FR')
    expect(await banner(page).locator('h2').textContent()).toBe('Ihre Datenschutz-Einstellungen')
    expect(await page.locator('assent-ui').getAttribute('lang')).toBe('de')
    expect(await button(page, 'banner', 'reject-all').textContent()).toBe('Alle ablehnen')
    await button(page, 'banner', 'preferences').click()
    const dialog = preferences(page)
    expect(await dialog.locator('label').nth(1).textContent()).toBe('Statistik')
    // A category without a built-in title falls back to its name, capitalised.
    expect(await dialog.locator('label').last().textContent()).toBe('Statistics')
    await button(page, 'preferences', 'reject-all').click()
    expect(await page.evaluate(() => window.assent!.record!.language)).toBe('de')
    await page.context().close()
  })

  it('then navigator.languages, when <html lang> has no texts', async () => {
    route('/nav', ['fr', 'pl'], '{ texts: { fr, pl } }', 'ja')
    const page = await open('/nav', 'pl-PL')
    expect(await button(page, 'banner', 'accept-all').textContent()).toBe('Akceptuj wszystkie')
    expect(await page.evaluate(() => window.assent!.language)).toBe('pl')
    await page.context().close()
  })

  it('then English', async () => {
    route('/en', ['es'], '{ texts: { es } }', 'ja')
    const page = await open('/en', 'ja-JP')
    expect(await button(page, 'banner', 'accept-all').textContent()).toBe('Accept all')
    expect(await page.evaluate(() => window.assent!.language)).toBe('en')
    await page.context().close()
  })

  it('the language option wins, and every locale module loads as a full set of texts', async () => {
    for (const locale of ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt']) {
      route(`/option-${locale}`, [locale], `{ texts: { ${locale} }, language: '${locale}' }`, 'en')
      const page = await open(`/option-${locale}`)
      const shown = await banner(page).evaluate((element) => element.textContent)
      expect(shown).not.toContain('Accept all')
      expect(await page.evaluate(() => window.assent!.language)).toBe(locale)
      await page.context().close()
    }
  })
})

describe('overrides', () => {
  it('override any string per language, including category and service texts', async () => {
    route('/override', ['nl'], `{ texts: { en: { acceptAll: 'Allow all', services: { ga4: { title: 'Google Analytics', description: 'Visits, by Google.' } } },
      nl: { ...nl, title: 'Cookies?', categories: { ...nl.categories, marketing: { ...nl.categories.marketing, title: 'Reclame' } } } } }`, 'nl')
    const page = await open('/override')
    expect(await banner(page).locator('h2').textContent()).toBe('Cookies?')
    expect(await button(page, 'banner', 'reject-all').textContent()).toBe('Alles weigeren')
    await button(page, 'banner', 'preferences').click()
    const text = await preferences(page).textContent()
    expect(text).toContain('Reclame')
    // Dutch has no text for ga4: the English override is used rather than the bare name.
    expect(text).toContain('Google Analytics')
    expect(text).toContain('Visits, by Google.')
    // The Dutch marketing description stays when only the title is overridden.
    expect(text).toContain('Je relevante advertenties tonen en die meten.')
    await page.context().close()
  })
})
