// Drives assent's own banner and preferences through their stable hooks (SPEC 4):
// [data-assent-banner], [data-assent-preferences], [data-assent-action=...], [data-assent-open].
// Playwright's CSS selectors pierce open shadow roots, where assent's UI lives.
import type { Page } from 'playwright-core'

const BANNER = '[data-assent-banner]'
const PREFERENCES = '[data-assent-preferences]'
const CLICK = { timeout: 3_000 }

/** Whether the page runs assent (the script-tag bundle or its hooks in the markup). */
export async function pageRunsAssent(page: Page): Promise<boolean> {
  try {
    return await page.evaluate(() => 'Assent' in window || 'assent' in window || 'assentConfig' in window ||
      !!document.querySelector('#assent-config, [data-assent-banner], [data-assent-open]'))
  } catch {
    return false
  }
}

/** Waits (bounded) for assent's banner; true when it is visible. */
export async function waitForAssentBanner(page: Page, timeoutMs: number): Promise<boolean> {
  // A visitor assent already has a decision for (a privacy signal honoured) gets no banner.
  const decided = await page.evaluate(() => (window as unknown as { assent?: { decided?: boolean } }).assent?.decided === true).catch(() => false)
  if (decided && !(await page.locator(BANNER).first().isVisible().catch(() => false))) return false
  try {
    await page.locator(BANNER).first().waitFor({ state: 'visible', timeout: timeoutMs })
    return true
  } catch {
    return false
  }
}

export async function hasRejectOnFirstLayer(page: Page): Promise<boolean> {
  return (await page.locator(`${BANNER} [data-assent-action="reject-all"]`).count().catch(() => 0)) > 0
}

async function click(page: Page, selector: string): Promise<boolean> {
  try {
    await page.locator(selector).first().click(CLICK)
    return true
  } catch {
    return false
  }
}

/** Refuses everything in the open preferences dialog: its reject all, or every toggle off
 * and save. */
async function rejectInPreferences(page: Page): Promise<string | undefined> {
  try {
    await page.locator(PREFERENCES).first().waitFor({ state: 'visible', timeout: CLICK.timeout })
  } catch {
    return undefined
  }
  if (await click(page, `${PREFERENCES} [data-assent-action="reject-all"]`)) return 'reject-all'
  const toggles = page.locator(`${PREFERENCES} input[type=checkbox]:not([disabled])`)
  for (let i = 0, n = await toggles.count().catch(() => 0); i < n; i++) await toggles.nth(i).uncheck(CLICK).catch(() => {})
  return (await click(page, `${PREFERENCES} [data-assent-action="save"]`)) ? 'save (all off)' : undefined
}

/** Clicks reject all on the banner, or, when its first layer has none, goes through the
 * preferences. Returns what was clicked, or undefined when nothing could be. */
export async function rejectOnAssentBanner(page: Page): Promise<string | undefined> {
  if (await click(page, `${BANNER} [data-assent-action="reject-all"]`)) return 'reject-all'
  if (!(await click(page, `${BANNER} [data-assent-action="preferences"]`))) return undefined
  const done = await rejectInPreferences(page)
  return done && `preferences > ${done}`
}

export async function acceptOnAssentBanner(page: Page): Promise<string | undefined> {
  return (await click(page, `${BANNER} [data-assent-action="accept-all"]`)) ? 'accept-all' : undefined
}

/** Withdraws as a visitor would: the page's "Cookie settings" element ([data-assent-open]),
 * then refuse everything in the preferences. */
export async function withdrawInPreferences(page: Page): Promise<string | undefined> {
  if (!(await click(page, '[data-assent-open]'))) return undefined
  const done = await rejectInPreferences(page)
  return done && `[data-assent-open] > ${done}`
}
