// Shared by the React example tests: console errors collected per page, axe-core on a whole
// page (the page's own React content and the UI's open shadow root), and the nodes the HTML
// parser built, to tell whether hydration kept them.
import type { Page } from 'playwright-core'
import { axeSource } from './ui-pages'

/** Console errors and uncaught exceptions of the page, as they come. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => (message.type() === 'error' || message.type() === 'warning') && errors.push(`${message.type()}: ${message.text()}`))
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  return errors
}

export async function axePageViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`)
  })
}

/** Keeps, on every load, the server banner and `<main>` with its children as the HTML parser
 * built them, before any of the page's scripts run; `lastSelector` matches an element parsed
 * after `<main>` (so that <main> is complete). */
export async function watchParsedNodes(page: Page, lastSelector: string): Promise<void> {
  await page.addInitScript((last) => {
    const w = window as unknown as { parsedBanner?: Element; parsed?: Element[] }
    const observer = new MutationObserver(() => {
      w.parsedBanner ??= document.querySelector('assent-ui')?.shadowRoot?.querySelector('[data-assent-banner]') ?? undefined
      if (document.querySelector(last)) w.parsed ??= [...document.querySelectorAll('main, main > *')]
      if (w.parsedBanner && w.parsed) observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true })
  }, lastSelector)
}

/** Whether hydration kept the parsed nodes: React discards them and renders anew on a
 * mismatch, so a new <main> child means the server and client renders disagreed. */
export const hydratedInPlace = (page: Page) => page.evaluate(() => {
  const parsed = (window as unknown as { parsed?: Element[] }).parsed ?? []
  const now = [...document.querySelectorAll('main, main > *')]
  return { parsed: parsed.length > 3, same: now.length === parsed.length && now.every((node, i) => node === parsed[i]) }
})
