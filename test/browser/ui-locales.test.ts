// The shipped languages, from the builds: the package export of a region locale
// (`assent/ui/locales/pt-BR`) in Node and TypeScript, the choice by region subtag in Chromium,
// a docs/locales JSON in the script tag's config, and every language at 320 px without
// sideways scrolling (axe clean in the long ones).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { bundlePage, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { axeViolations, banner, button, categories, modulePage, preferences, uiConfig } from './ui-pages'
import ptBR from '../../src/ui/locales/pt-BR'

const root = fileURLToPath(new URL('../../', import.meta.url))
const LANGUAGES = ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'fr-CA', 'ga', 'hr', 'hu', 'is', 'it', 'lt', 'lv', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'sk', 'sl', 'sv']
const identifier = (tag: string) => tag.replace('-', '')

let browser: TestBrowser
let server: TestServer

beforeAll(async () => {
  ;[browser, server] = await Promise.all([launch(), startServer()])
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A page importing core, ui and the given locale modules from dist, each passed under its tag. */
function route(path: string, locales: string[], lang: string, options = ''): void {
  const imports = locales.map((tag) => `import ${identifier(tag)} from '/dist/locales/${tag}.js'`).join('\n')
  const texts = locales.map((tag) => `'${tag}': ${identifier(tag)}`).join(', ')
  server.route(path, {
    body: modulePage(`import { createConsent } from '/dist/index.js'
import { mountUI } from '/dist/ui.js'
${imports}
const consent = createConsent({ policy: { version: '1', url: '/privacy' }, categories: ${JSON.stringify(categories)} })
window.assent = consent
mountUI(consent, { texts: { ${texts} }${options} })`, lang),
  })
}

async function open(path: string, context: Parameters<TestBrowser['newContext']>[0] = {}): Promise<Page> {
  const page = await (await browser.newContext(context)).newPage()
  await page.goto(server.url + path)
  await banner(page).waitFor()
  return page
}

describe('package export of a region locale', () => {
  it('Node resolves assent/ui/locales/pt-BR to the built module, which holds the texts', () => {
    const script = `const url = import.meta.resolve('assent/ui/locales/pt-BR'); const { default: texts } = await import(url); console.log(JSON.stringify({ url, title: texts.title }))`
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }))
    expect(out).toEqual({ url: new URL('dist/locales/pt-BR.js', `file://${root}`).href, title: ptBR.title })
  })

  it('TypeScript resolves its types', () => {
    const options = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }
    const resolved = ts.resolveModuleName('assent/ui/locales/pt-BR', `${root}test/consumer.ts`, options, ts.sys).resolvedModule
    expect(resolved?.resolvedFileName).toBe(`${root}dist/ui/locales/pt-BR.d.ts`)
    expect(readFileSync(resolved!.resolvedFileName, 'utf8')).toContain('UITexts')
  })
})

describe('region subtags in Chromium', () => {
  const cases: Array<[lang: string, locale: string, tag: string]> = [
    ['pt-BR', 'en-US', 'pt-BR'],
    ['pt-PT', 'en-US', 'pt'],
    ['fr-CA', 'en-US', 'fr-CA'],
    ['fr-FR', 'en-US', 'fr'],
    // No <html lang> match: the browser's language decides.
    ['ja', 'fr-CA', 'fr-CA'],
  ]
  for (const [lang, locale, tag] of cases) {
    it(`<html lang="${lang}">, browser ${locale}: ${tag}`, async () => {
      route(`/region-${lang}-${locale}`, ['pt', 'pt-BR', 'fr', 'fr-CA'], lang)
      const page = await open(`/region-${lang}-${locale}`, { locale })
      const texts = JSON.parse(readFileSync(`${root}docs/locales/${tag}.json`, 'utf8'))
      expect(await banner(page).locator('h2').textContent()).toBe(texts.title)
      expect(await button(page, 'banner', 'accept-all').textContent()).toBe(texts.acceptAll)
      expect(await page.locator('assent-ui').getAttribute('lang')).toBe(tag)
      await button(page, 'banner', 'reject-all').click()
      expect(await page.evaluate(() => window.assent!.record!.language)).toBe(tag)
      await page.context().close()
    })
  }
})

describe('script tag', () => {
  it('takes a docs/locales JSON as "ui": { "texts": { "fi": ... } } and shows Finnish on a Finnish page', async () => {
    const fi = JSON.parse(readFileSync(`${root}docs/locales/fi.json`, 'utf8'))
    server.route('/script-fi', { body: bundlePage(uiConfig({ texts: { fi } })).replace('<html lang="en">', '<html lang="fi">') })
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await page.goto(server.url + '/script-fi')
    await banner(page).waitFor()
    expect(await banner(page).locator('h2').textContent()).toBe('Tietosuojavalintasi')
    await button(page, 'banner', 'preferences').click()
    expect(await preferences(page).textContent()).toContain('Välttämättömät')
    expect(errors).toEqual([])
    await context.close()
  })
})

/** Whether anything in the layer is wider than its box: the layer scrolling sideways, or an
 * element (a long word in a heading, a button label) sticking out of its own box or the viewport. */
const overflow = (page: Page, scope: 'banner' | 'preferences') =>
  page.locator(`assent-ui [data-assent-${scope}]`).evaluate((layer) => {
    const wide: string[] = []
    if (layer.scrollWidth > layer.clientWidth) wide.push(`layer ${layer.scrollWidth} > ${layer.clientWidth}`)
    for (const element of layer.querySelectorAll('*')) {
      const box = element.getBoundingClientRect()
      if (box.width == 0) continue
      if (box.left < -0.5 || box.right > innerWidth + 0.5) wide.push(`${element.tagName} ${element.textContent!.slice(0, 40)}: ${box.left}..${box.right}`)
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) wide.push(`${element.tagName} ${element.textContent!.slice(0, 40)}: ${element.scrollWidth} > ${element.clientWidth}`)
    }
    return wide
  })

/** Turns off the stylesheet's last resort for long words (breaking them anywhere), so that what
 * is measured is whether the texts fit as written: words short enough, or soft hyphens. */
const asWritten = (page: Page) => page.evaluate(() => {
  const root = document.querySelector('assent-ui')!.shadowRoot!
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(':host>*{overflow-wrap:normal!important;hyphens:manual!important}')
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
})

describe('every language at 320 px', () => {
  for (const tag of LANGUAGES) {
    it(`${tag}: banner and preferences fit as written, without sideways scrolling or text out of its box`, async () => {
      route(`/narrow-${tag}`, [tag], tag)
      const page = await open(`/narrow-${tag}`, { viewport: { width: 320, height: 640 } })
      expect(await page.locator('assent-ui').getAttribute('lang')).toBe(tag)
      await asWritten(page)
      expect(await overflow(page, 'banner')).toEqual([])
      await button(page, 'banner', 'preferences').click()
      await preferences(page).waitFor()
      expect(await overflow(page, 'preferences')).toEqual([])
      await page.context().close()
    })
  }

  it('a site text with a word too long for the screen breaks rather than widen the layer', async () => {
    const word = 'Datenschutzgrundverordnungskonformitätseinstellungen'
    // The later `texts` key replaces the one route() writes.
    route('/narrow-override', ['de'], 'de', `, texts: { de: { ...de, title: '${word}', preferencesTitle: '${word}' } }`)
    const page = await open('/narrow-override', { viewport: { width: 320, height: 640 } })
    expect(await banner(page).locator('h2').textContent()).toBe(word)
    expect(await overflow(page, 'banner')).toEqual([])
    // Issue 16's long-word layout: axe stays clean where the word breaks.
    expect(await axeViolations(page)).toEqual([])
    await button(page, 'banner', 'preferences').click()
    await preferences(page).waitFor()
    expect(await overflow(page, 'preferences')).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    // The same page without that rule does overflow: the check above can fail.
    await asWritten(page)
    expect((await overflow(page, 'preferences')).length).toBeGreaterThan(0)
    await page.context().close()
  })

  // The longest words and texts: German and Finnish compounds, Greek, Hungarian.
  for (const tag of ['de', 'fi', 'el', 'hu']) {
    it(`${tag}: axe finds nothing on the banner and the preferences at 320 px`, async () => {
      route(`/axe-${tag}`, [tag], tag)
      const page = await open(`/axe-${tag}`, { viewport: { width: 320, height: 640 } })
      expect(await axeViolations(page)).toEqual([])
      await button(page, 'banner', 'preferences').click()
      await preferences(page).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.context().close()
    })
  }
})
