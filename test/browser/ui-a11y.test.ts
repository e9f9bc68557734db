// Accessibility of assent/ui in Chromium: axe-core on both layers in every layout and theme,
// a keyboard-only walk (tab order, focus trap, Escape, focus return), equal prominence of
// accept and reject, target sizes, a 320 px viewport, and WCAG 2.4.11 (focus not obscured).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { axeViolations, banner, button, focused, preferences, uiPage } from './ui-pages'

let browser: TestBrowser
let server: TestServer

// Right-aligned, so that the corner box could hide the links as well as the bar.
const longPage = Array.from({ length: 40 }, (_, i) => `<p style="text-align:right;padding-right:4em">Paragraph ${i} <a href="#l${i}" id="l${i}">link ${i}</a></p>`).join('')

beforeAll(async () => {
  browser = await launch()
  server = await startServer({ '/': { body: uiPage() }, '/long': { body: uiPage({}, longPage) } })
  for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
    for (const theme of ['light', 'dark']) server.route(`/${layout}/${theme}`, { body: uiPage({ layout, theme }) })
  }
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(path: string, options: Parameters<TestBrowser['newContext']>[0] = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage()
  await page.goto(server.url + path)
  return page
}

describe('axe-core', () => {
  for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
    for (const theme of ['light', 'dark']) {
      it(`finds nothing on the banner and on the preferences: ${layout}, ${theme}`, async () => {
        const page = await open(`/${layout}/${theme}`)
        await expect(banner(page).isVisible()).resolves.toBe(true)
        expect(await axeViolations(page)).toEqual([])
        await button(page, 'banner', 'preferences').click()
        await expect(preferences(page).isVisible()).resolves.toBe(true)
        expect(await axeViolations(page)).toEqual([])
        await page.context().close()
      })
    }
  }
})

describe('keyboard', () => {
  it('reaches the banner first, walks the dialog with focus kept in, closes on Escape and returns focus', async () => {
    const page = await open('/')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('close')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Privacy policy')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('accept-all')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('reject-all')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('preferences')
    await page.keyboard.press('Enter')
    await expect(preferences(page).isVisible()).resolves.toBe(true)
    // Focus moved into the dialog.
    expect(await focused(page)).toBe('close')
    const seen: string[] = []
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab')
      seen.push(await focused(page))
    }
    // Disabled "necessary" is skipped; each category's folded service list is one stop (its
    // summary names the services); after "save" Tab wraps to the close button.
    expect(seen).toEqual(['analytics', 'Ga4, Hotjar', 'marketing', 'Ads', 'Privacy policy', 'accept-all', 'reject-all', 'save', 'close', 'analytics'])
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('close')
    // Shift+Tab on the first control wraps to the last.
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('save')
    // Space toggles, Escape closes without deciding, focus goes back to the opener.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    // Enter opens the folded list, Tab reaches its switch, Space toggles it.
    expect(await focused(page)).toBe('Ads')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('ads')
    await page.keyboard.press('Space')
    expect(await preferences(page).locator('[data-assent-service=ads]').isChecked()).toBe(true)
    await page.keyboard.press('Escape')
    await preferences(page).waitFor({ state: 'detached' })
    expect(await page.evaluate(() => window.assent!.decided)).toBe(false)
    expect(await focused(page)).toBe('preferences')
    // Reject all by keyboard.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => window.assent!.record!.action)).toBe('reject-all')
    await page.context().close()
  })

  it('opens from the page element by keyboard and returns focus to it', async () => {
    const page = await open('/')
    await page.focus('[data-assent-open]')
    await page.keyboard.press('Enter')
    await expect(preferences(page).isVisible()).resolves.toBe(true)
    await page.keyboard.press('Escape')
    expect(await focused(page)).toBe('Cookie settings')
    await page.context().close()
  })

  it('shows a visible focus indicator', async () => {
    const page = await open('/')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const outline = await button(page, 'banner', 'accept-all').evaluate((element) => {
      const style = getComputedStyle(element)
      return [style.outlineStyle, parseFloat(style.outlineWidth)]
    })
    expect(outline[0]).toBe('solid')
    expect(outline[1]).toBeGreaterThanOrEqual(2)
    await page.context().close()
  })
})

const styleOf = (page: Page, action: string) => button(page, 'banner', action).evaluate((element) => {
  const style = getComputedStyle(element)
  const box = element.getBoundingClientRect()
  return {
    tag: element.tagName, fontSize: style.fontSize, fontWeight: style.fontWeight, fontFamily: style.fontFamily, color: style.color,
    background: style.backgroundColor, border: style.border, radius: style.borderRadius, padding: style.padding,
    width: Math.round(box.width), height: Math.round(box.height),
  }
})

describe('fairness and size', () => {
  for (const [width, height] of [[1280, 800], [360, 740], [320, 256]]) {
    it(`accept all and reject all have equal prominence at ${width}x${height}`, async () => {
      const page = await open('/', { viewport: { width, height } })
      const accept = await styleOf(page, 'accept-all')
      const reject = await styleOf(page, 'reject-all')
      expect(Math.abs(accept.width - reject.width)).toBeLessThanOrEqual(1)
      expect(Math.abs(accept.height - reject.height)).toBeLessThanOrEqual(1)
      expect({ ...reject, width: 0, height: 0 }).toEqual({ ...accept, width: 0, height: 0 })
      await page.context().close()
    })
  }

  it('every control of both layers is at least 24x24 px', async () => {
    const page = await open('/')
    const sizes = async () => page.locator('assent-ui button, assent-ui input').evaluateAll((elements) =>
      elements.filter((element) => element.getClientRects().length).map((element) => {
        const box = element.getBoundingClientRect()
        return Math.min(box.width, box.height)
      }))
    const first = await sizes()
    expect(first.length).toBe(4)
    await button(page, 'banner', 'preferences').click()
    for (const summary of await preferences(page).locator('summary').all()) await summary.click()
    // The banner is hidden while the dialog is open: the dialog's close, 3 buttons, 6 switches.
    const both = await sizes()
    expect(both.length).toBe(10)
    expect(both.filter((size) => size < 24)).toEqual([])
    await page.context().close()
  })

  it('at 320x256 (400% zoom) every control can be scrolled to and clicked, without sideways scrolling', async () => {
    const page = await open('/', { viewport: { width: 320, height: 256 } })
    const box = await banner(page).boundingBox()
    expect(box!.width).toBeLessThanOrEqual(320)
    expect(box!.height).toBeLessThanOrEqual(256)
    expect(await banner(page).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
    await button(page, 'banner', 'preferences').click()
    const dialog = preferences(page)
    expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
    await dialog.locator('summary', { hasText: 'Ads' }).click()
    await dialog.locator('[data-assent-service=ads]').check()
    await button(page, 'preferences', 'save').click()
    expect(await page.evaluate(() => window.assent!.granted('ads'))).toBe(true)
    await page.context().close()
  })
})

describe('WCAG 2.4.11 focus not obscured', () => {
  for (const layout of ['bar', 'box']) {
    it(`tabbing through a long page never leaves the focused link hidden under the ${layout}`, async () => {
      server.route(`/long-${layout}`, { body: uiPage({ layout }, longPage) })
      const page = await open(`/long-${layout}`, { viewport: { width: 800, height: 400 } })
      await page.focus('#l0')
      let checked = 0
      for (let i = 1; i < 40; i++) {
        await page.keyboard.press('Tab')
        const overlap = await page.evaluate(() => {
          const target = document.activeElement!.getBoundingClientRect()
          const shade = document.querySelector('assent-ui')!.shadowRoot!.querySelector('[data-assent-banner]')!.getBoundingClientRect()
          const hidden = target.top >= shade.top && target.bottom <= shade.bottom && target.left >= shade.left && target.right <= shade.right
          return { id: document.activeElement!.id, hidden, inView: target.top >= 0 && target.bottom <= innerHeight }
        })
        if (!overlap.id.startsWith('l')) continue
        checked++
        expect(overlap).toEqual({ id: `l${i}`, hidden: false, inView: true })
      }
      expect(checked).toBe(39)
      await page.context().close()
    })
  }
})
