// The server-rendered banner in Chromium: renderBannerHTML's markup paints before any script
// (the page's module is held back by the server), and mountUI takes it over in place: the same
// nodes, focus where the visitor put it, now a popover; decisions work as with a client banner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { axeViolations, banner, button, focused } from './ui-pages'
import { renderBannerHTML } from '../../src/ui/server-banner'

let browser: TestBrowser
let server: TestServer

const config = { policy: { version: '1', url: '/privacy' }, categories: { necessary: { required: true }, analytics: {} } }
const boot = (ui: object) => `import { createConsent } from '/dist/index.js'
import { mountUI } from '/dist/ui.js'
window.assent = createConsent(${JSON.stringify(config)})
window.ui = mountUI(window.assent, ${JSON.stringify(ui)})
Object.assign(window, { mountUI, booted: true })`
const pageWith = (ui: object, script: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR banner</title>
<script type="module" src="${script}"></script></head>
<body>${renderBannerHTML(config, ui)}<main><h1>Page</h1><p>Text.</p><a href="#" data-assent-open>Cookie settings</a></main></body></html>`

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    '/': { body: pageWith({}, '/boot.js') },
    '/box': { body: pageWith({ layout: 'box', language: 'en' }, '/boot-box.js') },
    '/favicon.ico': { status: 204 },
    '/boot.js': { body: boot({}), type: 'text/javascript', delayMs: 1500 },
    '/boot-box.js': { body: boot({ layout: 'box' }), type: 'text/javascript', delayMs: 1500 },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function visit(path: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.url + path, { waitUntil: 'commit' })
  return { context, page, errors }
}

const box = (page: import('playwright-core').Page) => banner(page).boundingBox()

describe('server-rendered banner', () => {
  it('paints before any script, then mountUI takes it over in place without moving focus', async () => {
    const { context, page, errors } = await visit('/')
    await banner(page).waitFor({ state: 'visible' })
    expect(await page.evaluate(() => (window as { booted?: boolean }).booted)).toBeUndefined()
    // A bar at the bottom of the viewport, as the client's banner is.
    const before = (await box(page))!
    const viewport = page.viewportSize()!
    expect(Math.round(before.y + before.height)).toBe(viewport.height)
    expect(before.width).toBe(viewport.width)
    expect(await axeViolations(page)).toEqual([])
    // The visitor tabs into the banner before the script has run.
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('close')
    await page.evaluate(() => {
      const root = document.querySelector('assent-ui')!.shadowRoot!
      Object.assign(window, { ssrBanner: root.querySelector('[data-assent-banner]'), ssrButton: root.activeElement })
    })

    await page.waitForFunction(() => (window as { booted?: boolean }).booted)
    expect(await page.evaluate(() => {
      const root = document.querySelector('assent-ui')!.shadowRoot!
      const shown = root.querySelector('[data-assent-banner]')!
      const w = window as unknown as { ssrBanner: Element; ssrButton: Element }
      return {
        hosts: document.querySelectorAll('assent-ui').length,
        banners: root.querySelectorAll('[data-assent-banner]').length,
        same: shown === w.ssrBanner,
        focusKept: root.activeElement === w.ssrButton,
        // The host is the top-layer popover, its box the banner's.
        popover: document.querySelector('assent-ui')!.matches(':popover-open[data-assent-state=banner]'),
        marker: shown.hasAttribute('data-assent-ssr'),
      }
    })).toEqual({ hosts: 1, banners: 1, same: true, focusKept: true, popover: true, marker: false })
    expect(await box(page)).toEqual(before)
    // The bar reserves room at the bottom now (WCAG 2.4.11), as a client banner does.
    await page.waitForFunction(() => document.documentElement.style.paddingBottom.endsWith('px'))

    await page.keyboard.press('Tab') // the policy link
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('accept-all')
    await page.keyboard.press('Enter')
    await banner(page).waitFor({ state: 'detached' })
    expect(await page.evaluate(() => window.assent!.record)).toMatchObject({ action: 'accept-all', source: 'banner' })
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('a box keeps its place; preferences open from it; after destroy a new mountUI builds its own host, with one set of listeners', async () => {
    const { context, page, errors } = await visit('/box')
    await banner(page).waitFor({ state: 'visible' })
    const before = (await box(page))!
    await page.waitForFunction(() => (window as { booted?: boolean }).booted)
    expect(await box(page)).toEqual(before)
    await button(page, 'banner', 'preferences').click()
    await page.locator('assent-ui [data-assent-preferences]').waitFor()
    await page.keyboard.press('Escape')
    const changes = await page.evaluate(async () => {
      const w = window as unknown as { ui: { destroy(): void }; assent: { on(e: string, f: () => void): void }; mountUI(c: unknown, o: object): { destroy(): void } }
      w.ui.destroy()
      w.ui = w.mountUI(w.assent, { layout: 'box' })
      let count = 0
      w.assent.on('change', () => count++)
      // The server's host stays (it is the page's), unmarked and empty; the new UI's is first in <body>.
      const hosts = [...document.querySelectorAll('assent-ui')]
      const root = document.body.firstElementChild!.shadowRoot!
      ;(root.querySelector('[data-assent-action="reject-all"]') as HTMLElement).click()
      return { count, hosts: hosts.length, marked: hosts.filter((h) => h.hasAttribute('data-assent-ssr')).length, emptied: !hosts[1].shadowRoot!.querySelector('[data-assent-banner]') }
    })
    expect(changes).toEqual({ count: 1, hosts: 2, marked: 0, emptied: true })
    expect(await page.evaluate(() => window.assent!.record!.action)).toBe('reject-all')
    expect(errors).toEqual([])
    await context.close()
  })
})
