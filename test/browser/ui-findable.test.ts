// Seen from outside (issue 21): the banner's state and box are found from the light DOM with a
// plain document.querySelector, and docs/autoconsent-rule.json drives the banner of the
// script-tag and pixelant examples with @duckduckgo/autoconsent (its published Playwright content script).
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { banner, button, categories, modulePage, preferences, uiPage } from './ui-pages'
import { useDemoVisitor } from './demo'
import { runAutoconsent } from '../../src/audit/autoconsent'

const rule = readFileSync(new URL('../../docs/autoconsent-rule.json', import.meta.url), 'utf8')
const rules = JSON.stringify({ autoconsent: [JSON.parse(rule)] })

describe('the documented selector, from the light DOM', () => {
  let browser: TestBrowser
  let server: TestServer
  beforeAll(async () => {
    browser = await launch()
    server = await startServer()
    for (const layout of ['bar', 'bar-top', 'box', 'modal']) server.route(`/${layout}`, { body: uiPage({ layout }) })
    server.route('/api', { body: modulePage(`import { createConsent } from '/dist/index.js'
import { mountUI } from '/dist/ui.js'
window.consent = createConsent({ policy: { version: '1' }, categories: ${JSON.stringify(categories)} })
window.ui = mountUI(window.consent)`) })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const state = () => document.querySelector('assent-ui')?.getAttribute('data-assent-state')
  for (const layout of ['bar', 'bar-top', 'box']) {
    it(`${layout}: assent-ui[data-assent-state=banner] has the banner's own box; preferences and closed follow`, async () => {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
      await page.goto(server.url + '/' + layout)
      await banner(page).waitFor()
      const boxes = await page.evaluate(() => {
        const host = document.querySelector('assent-ui[data-assent-state=banner]')!
        const inner = host.shadowRoot!.querySelector('[data-assent-banner]')!
        return [host.getBoundingClientRect().toJSON(), inner.getBoundingClientRect().toJSON()]
      })
      expect(boxes[0].height).toBeGreaterThan(100)
      expect(boxes[0]).toEqual(boxes[1])
      await button(page, 'banner', 'preferences').click()
      expect(await page.evaluate(state)).toBe('preferences')
      // The banner is hidden while the dialog is open, and back when it closes undecided.
      await expect(banner(page).isVisible()).resolves.toBe(false)
      await page.keyboard.press('Escape')
      // The dialog's close event comes in a task of its own.
      await expect.poll(() => page.evaluate(state)).toBe('banner')
      await expect(banner(page).isVisible()).resolves.toBe(true)
      await button(page, 'banner', 'reject-all').click()
      expect(await page.evaluate(state)).toBe('closed')
      expect(await page.evaluate(() => document.querySelector('assent-ui')!.getBoundingClientRect().height)).toBe(0)
      await page.context().close()
    })
  }

  it('ui.hide() with the dialog open leaves both away; a reset meanwhile brings the banner back when the dialog closes', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(server.url + '/api')
    await banner(page).waitFor()
    type Page = { ui: { showPreferences(): void; hide(): void }; consent: { acceptAll(): void; reset(): void } }
    await page.evaluate(() => (window as unknown as Page).ui.showPreferences())
    await preferences(page).waitFor()
    await page.evaluate(() => (window as unknown as Page).ui.hide())
    await preferences(page).waitFor({ state: 'detached' })
    expect(await page.evaluate(state)).toBe('closed')
    expect(await banner(page).count()).toBe(0)
    // Decided, then forgotten while the dialog is open (what erasing one's data does).
    await page.evaluate(() => (window as unknown as Page).consent.acceptAll())
    await page.evaluate(() => (window as unknown as Page).ui.showPreferences())
    await preferences(page).waitFor()
    await page.evaluate(() => (window as unknown as Page).consent.reset())
    expect(await page.evaluate(state)).toBe('preferences')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(state)).toBe('banner')
    await expect(banner(page).isVisible()).resolves.toBe(true)
    await page.context().close()
  })

  it('modal: the host carries the state, and its box is the viewport the banner blocks', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
    await page.goto(server.url + '/modal')
    await banner(page).waitFor()
    expect(await page.evaluate(state)).toBe('banner')
    const box = await page.evaluate(() => document.querySelector('assent-ui[data-assent-state=banner]')!.getBoundingClientRect().toJSON())
    expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 800 })
    await button(page, 'banner', 'accept-all').click()
    expect(await page.evaluate(state)).toBe('closed')
    await page.context().close()
  })
})

// Both examples include the script tag, with their own categories, texts and layout.
describe.each(['script-tag', 'pixelant'])('docs/autoconsent-rule.json with @duckduckgo/autoconsent, on examples/%s', (example) => {
  const visitor = useDemoVisitor()
  const visit = async (action: 'optIn' | 'optOut' | null) => {
    const run = await runAutoconsent(visitor.page, action, rules)
    await visitor.page.goto(`${visitor.demo.url}/${example}/`)
    await run.settled(8_000)
    run.stop()
    return run
  }
  const record = () => visitor.page.evaluate(() => window.assent?.record && { action: window.assent.record.action, choices: window.assent.record.choices })
  /** Every category but the required one, set to `value`. */
  const optional = async (value: boolean) => {
    const names = await visitor.page.evaluate(() => Object.entries(window.assent!.config.categories).filter(([, c]) => !c.required).map(([name]) => name))
    expect(names.length).toBeGreaterThan(0)
    return Object.fromEntries(names.map((name) => [name, value]))
  }

  it('detects the banner', async () => {
    const run = await visit(null)
    expect({ cmp: run.cmp, popupFound: run.popupFound }).toEqual({ cmp: 'assent', popupFound: true })
    expect(await record()).toBeFalsy()
  })

  it('opts out: reject all is stored', async () => {
    const run = await visit('optOut')
    expect(run.result).toBe(true)
    expect(await record()).toEqual({ action: 'reject-all', choices: expect.objectContaining(await optional(false)) })
  })

  it('opts in: accept all is stored', async () => {
    const run = await visit('optIn')
    expect(run.result).toBe(true)
    expect(await record()).toEqual({ action: 'accept-all', choices: expect.objectContaining(await optional(true)) })
  })
})
