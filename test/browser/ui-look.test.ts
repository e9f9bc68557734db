// The look (issue 20): screenshots of the banner of every layout and of the preferences dialog,
// light and dark, at 1280x800 and 375x740, in a long language (Finnish) and in forced colours,
// compared with committed reference images (test/browser/look/, pixelmatch, at most 0.1 % of
// pixels apart); axe-core finds nothing in each of those states; the switch's states keep 3:1.
// A deliberate change of the look updates the references in the same commit:
// ASSENT_UPDATE_LOOK=1 npx vitest run test/browser/ui-look.test.ts
// The dialog is the same element in every layout, so it is taken once per theme and size.
// The gate's embed placeholder (in the page, not the UI's shadow root) is taken in the page's
// light and dark colour scheme, after a decision has closed the banner.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { axeViolations, banner, button, preferences, uiConfig, uiPage } from './ui-pages'
import { bundlePage } from './harness'
import { lookDifference } from './look-compare'
import { youtube } from '../../src/services/youtube'

const TOLERANCE = 0.001
const SIZES = [[1280, 800], [375, 740]] as const
const fi = JSON.parse(readFileSync(new URL('../../docs/locales/fi.json', import.meta.url), 'utf8'))
// The page's own text in a fixed system face, so that only the UI's look varies.
const STYLE = '<style>body{font:16px/1.5 sans-serif;margin:2em}</style>'
const BODY = STYLE + '<p>' + 'A page of content under the banner. '.repeat(40) + '</p>'
// YouTube's embed code in a page that keeps embeds within its width, as a responsive site does.
const EMBED = '<style>iframe{max-width:100%}</style><p>A post with a video.</p><iframe width="560" height="315" title="A video" data-assent="marketing" data-assent-service="youtube" data-assent-src="/embed" data-assent-placeholder></iframe><p>The text after the video.</p>'

let browser: TestBrowser
let server: TestServer
beforeAll(async () => {
  browser = await launch()
  server = await startServer()
  for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
    for (const theme of ['light', 'dark']) server.route(`/${layout}/${theme}`, { body: uiPage({ layout, theme }, BODY) })
  }
  for (const theme of ['light', 'dark']) {
    const scheme = `<style>:root{color-scheme:${theme}}</style>`
    server.route(`/placeholder/${theme}`, { body: bundlePage(uiConfig({ theme }, { categories: { necessary: { required: true }, marketing: { services: { youtube } } } }), STYLE + scheme + EMBED) })
  }
  server.route('/fi', { body: bundlePage(uiConfig({ texts: { fi } }), BODY).replace('<html lang="en">', '<html lang="fi">') })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(path: string, [width, height]: readonly [number, number], forcedColors: 'active' | 'none' = 'none') {
  const context = await browser.newContext({ viewport: { width, height }, forcedColors })
  const page = await context.newPage()
  await page.goto(server.url + path)
  await banner(page).waitFor()
  return page
}

async function check(page: Page, name: string) {
  const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' })
  const { differing, size } = lookDifference(name, shot)
  expect({ name, size, differs: differing > TOLERANCE }).toEqual({ name, size: expect.stringMatching(/^\d+x\d+$/), differs: false })
  expect(await axeViolations(page)).toEqual([])
}

const openDialog = async (page: Page) => {
  await button(page, 'banner', 'preferences').click()
  await preferences(page).waitFor()
  // One category's services unfolded, to show them too.
  await preferences(page).locator('summary').first().click()
}

describe('banner: every layout x theme x size', () => {
  for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
    for (const theme of ['light', 'dark']) {
      for (const size of SIZES) {
        it(`${layout} ${theme} ${size.join('x')}`, async () => {
          const page = await open(`/${layout}/${theme}`, size)
          await check(page, `banner-${layout}-${theme}-${size[0]}`)
          await page.context().close()
        })
      }
    }
  }
})

describe('preferences dialog: theme x size, a long language, forced colours', () => {
  for (const theme of ['light', 'dark']) {
    for (const size of SIZES) {
      it(`${theme} ${size.join('x')}`, async () => {
        const page = await open(`/bar/${theme}`, size)
        await openDialog(page)
        await check(page, `dialog-${theme}-${size[0]}`)
        await page.context().close()
      })
    }
  }

  it('Finnish at 375x740: banner and dialog', async () => {
    const page = await open('/fi', SIZES[1])
    await check(page, 'banner-fi-375')
    await openDialog(page)
    await check(page, 'dialog-fi-375')
    await page.context().close()
  })

  it('forced colours at 375x740: the switches and the layers keep their edges', async () => {
    const page = await open('/bar/light', SIZES[1], 'active')
    await openDialog(page)
    await page.locator('assent-ui [data-assent-category=analytics]').check()
    await check(page, 'dialog-forced-colors-375')
    await page.context().close()
  })
})

describe('embed placeholder: theme x size', () => {
  for (const theme of ['light', 'dark']) {
    for (const size of SIZES) {
      it(`${theme} ${size.join('x')}`, async () => {
        const page = await open(`/placeholder/${theme}`, size)
        await button(page, 'banner', 'reject-all').click()
        await page.locator('.assent-placeholder').waitFor()
        const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' })
        const name = `placeholder-${theme}-${size[0]}`
        const { differing, size: measured } = lookDifference(name, shot)
        expect({ name, size: measured, differs: differing > TOLERANCE }).toEqual({ name, size: expect.stringMatching(/^\d+x\d+$/), differs: false })
        expect(await axeViolations(page, '.assent-placeholder')).toEqual([])
        await page.context().close()
      })
    }
  }
})

describe('the comparison', () => {
  it('fails on a change of the look (another accent colour)', async () => {
    const page = await open('/bar/light', SIZES[0])
    await page.evaluate(() => document.querySelector('assent-ui')!.setAttribute('style', '--assent-accent:#b00020'))
    const { differing } = lookDifference('banner-bar-light-1280', await page.screenshot({ animations: 'disabled', caret: 'hide' }), false)
    expect(differing).toBeGreaterThan(TOLERANCE)
    await page.context().close()
  })
})

describe('the switch', () => {
  // WCAG 1.4.11: a control's visual state at least 3:1 against what is next to it. The track
  // against the dialog's background, and the knob (the background colour) against the track.
  for (const theme of ['light', 'dark']) {
    it(`${theme}: off and on both at least 3:1, track against background and knob against track`, async () => {
      const page = await open(`/bar/${theme}`, SIZES[0])
      await openDialog(page)
      const ratios = await page.locator('assent-ui [data-assent-category=analytics]').evaluate(async (input: HTMLInputElement) => {
        const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number)
        const luminance = (color: string) => {
          const [r, g, b] = rgb(color).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          return 0.2126 * r + 0.7152 * g + 0.0722 * b
        }
        const ratio = (a: string, b: string) => {
          const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p)
          return (x + 0.05) / (y + 0.05)
        }
        const background = getComputedStyle(input.closest('dialog')!).backgroundColor
        const measure = () => {
          const track = getComputedStyle(input).backgroundColor
          const knob = getComputedStyle(input, '::before').borderTopColor
          return [ratio(track, background), ratio(knob, track)]
        }
        const off = measure()
        input.click()
        const on = measure()
        return { checked: input.checked, off, on }
      })
      expect(ratios.checked).toBe(true)
      expect(Math.min(...ratios.off, ...ratios.on)).toBeGreaterThanOrEqual(3)
      await page.context().close()
    })
  }
})

// WCAG 1.4.4 (200 %) and 1.4.10 (400 %: reflow at 320 CSS px) at a 1280x800 window.
describe.each([{ zoom: 200, width: 640, height: 400 }, { zoom: 400, width: 320, height: 200 }])('$zoom percent zoom at 1280 px (a $width by $height viewport)', ({ width, height }) => {
  for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
    it(`${layout}: banner and dialog within the width, the dialog's buttons in view`, async () => {
      const page = await open(`/${layout}/light`, [width, height])
      const fits = (scope: 'banner' | 'preferences') => page.locator(`assent-ui [data-assent-${scope}]`).evaluate((layer) => {
        const box = layer.getBoundingClientRect()
        return layer.scrollWidth <= layer.clientWidth && box.left >= 0 && box.right <= innerWidth && document.documentElement.scrollWidth <= innerWidth
      })
      expect(await fits('banner')).toBe(true)
      await openDialog(page)
      expect(await fits('preferences')).toBe(true)
      // The footer stays in view while the list scrolls: save is on screen without scrolling.
      const save = await button(page, 'preferences', 'save').boundingBox()
      expect(save!.y + save!.height).toBeLessThanOrEqual(height)
      await page.context().close()
    })
  }
})
