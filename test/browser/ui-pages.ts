// Helpers for the assent/ui browser tests: configs, pages, and reaching into the UI's open
// shadow root from Playwright.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { bundlePage } from './harness'

export const categories = {
  necessary: { required: true },
  analytics: { services: { ga4: { cookies: ['_ga'] }, hotjar: {} } },
  marketing: { services: { ads: {} } },
}

export const uiConfig = (ui: unknown = {}, extra: Record<string, unknown> = {}) =>
  ({ policy: { version: '1', url: '/privacy' }, categories, ui, ...extra })

/** A page with the script-tag bundle, a "cookie settings" link and some content. */
export const uiPage = (ui: unknown = {}, body = '', extra: Record<string, unknown> = {}) =>
  bundlePage(uiConfig(ui, extra), `<main><h1>Shop</h1><p>Content</p>${body}<footer><a href="#" data-assent-open>Cookie settings</a></footer></main>`)

/** A page that imports the ESM builds (core, ui, a locale) with `<script type="module">`. */
export const modulePage = (script: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>assent ui</title></head>
<body><main><h1>Page</h1></main><script type="module">${script}</script></body></html>`

export const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')

export const banner = (page: Page) => page.locator('assent-ui [data-assent-banner]')
export const preferences = (page: Page) => page.locator('assent-ui [data-assent-preferences]')
export const button = (page: Page, scope: 'banner' | 'preferences', action: string) =>
  page.locator(`assent-ui [data-assent-${scope}] [data-assent-action="${action}"]`)

/** Runs axe-core on the UI (both layers are in the host's open shadow root), or on `scope`. */
export async function axeViolations(page: Page, scope = 'assent-ui'): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe
    const result = await axe.run({ include: [[scope]] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`)
  }, scope)
}

/** The element focused, through shadow roots, as `tag[data-assent-action]` or its text. */
export const focused = (page: Page) => page.evaluate(() => {
  let active = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  if (!active) return 'none'
  return active.getAttribute('data-assent-action') ?? active.getAttribute('data-assent-category') ?? active.getAttribute('data-assent-service') ?? active.textContent ?? active.tagName
})
