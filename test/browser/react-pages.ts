// Shared by the React example tests: console errors collected per page, and axe-core on a
// whole page (the page's own React content and the UI's open shadow root).
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
