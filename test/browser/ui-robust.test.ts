// assent/ui against the page: hostile site CSS, a strict CSP (with and without constructable
// stylesheets, with Trusted Types), malicious config texts, and no layout shift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { bundlePage, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { banner, button, categories, preferences, uiConfig, uiPage } from './ui-pages'

let browser: TestBrowser
let server: TestServer

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'"
const hostileCss = `<style>
button{display:none!important} *{color:red!important;background:yellow!important;font-size:2px!important}
div,dialog{visibility:hidden!important;opacity:0!important} assent-ui{display:none!important;position:absolute!important;left:-9999px!important}
body>*{display:none!important;transform:scale(0)!important} html{font-size:1px!important} [popover]{display:none!important}
</style>`

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    '/hostile': { body: bundlePage(uiConfig(), '<p>page</p>', hostileCss) },
    '/csp': { body: uiPage(), headers: { 'content-security-policy': STRICT_CSP } },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(path: string, init?: () => void): Promise<Page> {
  const context = await browser.newContext()
  if (init) await context.addInitScript(init)
  const page = await context.newPage()
  await page.goto(server.url + path)
  return page
}

function collectViolations(): void {
  const list: string[] = []
  ;(window as unknown as { violations: string[] }).violations = list
  document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`))
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations)

describe('hostile page CSS', () => {
  it('cannot hide or restyle the banner, which keeps working', async () => {
    const page = await open('/hostile')
    const accept = button(page, 'banner', 'accept-all')
    await expect(accept.isVisible()).resolves.toBe(true)
    const style = await accept.evaluate((element) => {
      const computed = getComputedStyle(element)
      const host = getComputedStyle(document.querySelector('assent-ui')!)
      return [computed.display, computed.color, computed.fontSize, computed.visibility, host.display, host.opacity]
    })
    expect(style).toEqual(['block', 'rgb(255, 255, 255)', '16px', 'visible', 'block', '1'])
    const box = await banner(page).boundingBox()
    expect(box!.height).toBeGreaterThan(100)
    await accept.click()
    expect(await page.evaluate(() => window.assent!.record!.action)).toBe('accept-all')
    await page.context().close()
  })
})

describe('strict Content-Security-Policy', () => {
  it('shows a styled, working banner with zero violations (constructable stylesheets)', async () => {
    const page = await open('/csp', collectViolations)
    await expect(banner(page).isVisible()).resolves.toBe(true)
    expect(await button(page, 'banner', 'reject-all').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(29, 78, 216)')
    await button(page, 'banner', 'preferences').click()
    await preferences(page).locator('[data-assent-category=analytics]').check()
    await button(page, 'preferences', 'save').click()
    expect(await page.evaluate(() => window.assent!.granted('analytics'))).toBe(true)
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it('falls back to <style nonce> where constructable stylesheets are missing', async () => {
    server.route('/nonce', {
      body: uiPage({ nonce: 'n0nce' }),
      headers: { 'content-security-policy': STRICT_CSP.replace("style-src 'self'", "style-src 'nonce-n0nce'") },
    })
    const page = await open('/nonce', () => {
      const list: string[] = []
      ;(window as unknown as { violations: string[] }).violations = list
      document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`))
      // A browser without constructable stylesheets.
      ;(window as unknown as { CSSStyleSheet: unknown }).CSSStyleSheet = function () {
        throw new TypeError('Illegal constructor')
      }
    })
    await expect(banner(page).isVisible()).resolves.toBe(true)
    expect(await page.evaluate(() => document.querySelector('assent-ui')!.shadowRoot!.querySelectorAll('style').length)).toBe(1)
    expect(await button(page, 'banner', 'reject-all').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(29, 78, 216)')
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it('works from the ESM builds under Trusted Types with zero violations', async () => {
    server.route('/app.js', {
      body: `import { createConsent } from '/dist/index.js'
import { mountUI } from '/dist/ui.js'
const consent = createConsent({ policy: { version: '1' }, categories: ${JSON.stringify(categories)} })
window.assent = consent
window.ui = mountUI(consent, { layout: 'box' })`,
    })
    server.route('/tt', {
      body: '<!doctype html><html lang="en"><head><title>tt</title><script type="module" src="/app.js"></script></head><body><p>page</p></body></html>',
      headers: { 'content-security-policy': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'` },
    })
    const page = await open('/tt', collectViolations)
    await expect(banner(page).isVisible()).resolves.toBe(true)
    await button(page, 'banner', 'preferences').click()
    await button(page, 'preferences', 'accept-all').click()
    expect(await page.evaluate(() => window.assent!.record!.source)).toBe('preferences')
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })
})

describe('texts from the config', () => {
  it('render as text, never as markup, and a javascript: policy URL gives no link', async () => {
    const evil = '<img src=x onerror="window.pwned=1">'
    server.route('/evil', {
      body: bundlePage({
        policy: { version: '1', url: 'javascript:window.pwned=2' },
        categories: { necessary: { required: true }, analytics: { services: { ga4: {} } } },
        ui: { texts: { en: { title: evil, description: '<script>window.pwned=3</script>', categories: { analytics: { title: evil, description: evil } }, services: { ga4: { title: '<b>GA</b>' } } } } },
      }),
    })
    const page = await open('/evil')
    expect(await banner(page).locator('h2').textContent()).toBe(evil)
    expect(await banner(page).locator('p').first().textContent()).toBe('<script>window.pwned=3</script>')
    expect(await banner(page).locator('a').count()).toBe(0)
    await button(page, 'banner', 'preferences').click()
    expect(await preferences(page).locator('label').nth(1).textContent()).toBe(evil)
    expect(await preferences(page).locator('li label').textContent()).toBe('<b>GA</b>')
    expect(await page.evaluate(() => [document.querySelector('assent-ui')!.shadowRoot!.querySelectorAll('img,script,b').length, (window as unknown as { pwned?: number }).pwned]))
      .toEqual([0, undefined])
    await page.context().close()
  })
})

describe('layout stability', () => {
  for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
    it(`the ${layout} causes no layout shift on a content page (CLS 0)`, async () => {
      const content = Array.from({ length: 30 }, (_, i) => `<h2>Section ${i}</h2><p>${'Lorem ipsum dolor sit amet. '.repeat(8)}</p>`).join('')
      server.route(`/cls-${layout}`, { body: uiPage({ layout }, content) })
      const page = await open(`/cls-${layout}`)
      await expect(banner(page).isVisible()).resolves.toBe(true)
      await page.waitForTimeout(300)
      const shifts = await page.evaluate(() => new Promise<number[]>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().map((entry) => (entry as unknown as { value: number }).value)))
          .observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve([]), 500)
      }))
      expect(shifts).toEqual([])
      // The observer itself works: a shift made on purpose is seen.
      const seen = await page.evaluate(() => new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().length)).observe({ type: 'layout-shift' })
        document.querySelector('main')!.prepend(Object.assign(document.createElement('div'), { textContent: 'shift' }))
        setTimeout(() => resolve(0), 1000)
      }))
      expect(seen).toBeGreaterThan(0)
      await page.context().close()
    })
  }
})
