// One fresh visitor in headless Chromium: first visit (banner), accept all (gated scripts run),
// return visit (gated scripts run, no banner). Each step also checks that the tool really works;
// a run that fails a check throws, and the tool's numbers do not count.
import { pageProbe } from './page-probe.js'

// Time left after the banner for late long tasks and layout shifts, and after the return
// visit for a banner that would show late.
const SETTLE_MS = 250
const RETURN_SETTLE_MS = 150
const TIMEOUT_MS = 15_000

const fail = (tool, what) => {
  throw new Error(`${tool.id}: ${what}`)
}

/** Metrics CDP keeps per page; ScriptDuration is in seconds, cumulative since navigation. */
async function cdpMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]))
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {object} tool from tools.js
 * @param {{ url: string, throttle: number, reject?: boolean, verify?: boolean }} options `verify`
 *   also checks that the banner shows its three controls (slow, so only in the check runs).
 */
export async function visit(browser, tool, { url, throttle, reject = false, verify = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await context.addInitScript(pageProbe, tool.banner)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))

    // First visit: navigation start -> banner visible.
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(() => window.__bench.bannerAt !== null, null, { timeout: TIMEOUT_MS, polling: 50 })
      .catch(() => fail(tool, 'banner never became visible'))
    await page.waitForTimeout(SETTLE_MS)
    const first = await page.evaluate(() => ({
      bannerMs: window.__bench.bannerAt,
      longTasks: window.__bench.longTasks.length,
      longTaskMs: window.__bench.longTasks.reduce((sum, d) => sum + d, 0),
      cls: window.__bench.cls,
      ranBeforeConsent: Object.keys(window.__bench.runs),
    }))
    if (first.ranBeforeConsent.length) fail(tool, `gated scripts ran before consent: ${first.ranBeforeConsent}`)
    for (const control of verify ? ['acceptAll', 'rejectAll', 'preferences'] : []) {
      if (!(await page.locator(tool[control]).first().isVisible())) fail(tool, `banner has no visible ${control} control (${tool[control]})`)
    }
    const { ScriptDuration } = await cdpMetrics(cdp)
    await cdp.send('HeapProfiler.collectGarbage')
    const { JSHeapUsedSize } = await cdpMetrics(cdp)
    // A tool whose visible banner ignores clicks for a while has a `ready` condition (tools.js),
    // awaited after the first-visit figures and before the click the accept time counts from.
    if (tool.ready) await page.waitForFunction(tool.ready, null, { timeout: TIMEOUT_MS, polling: 50 })
      .catch(() => fail(tool, 'banner controls never became ready'))

    if (reject) {
      await page.locator(tool.rejectAll).first().click()
      await page.waitForTimeout(SETTLE_MS * 2)
      const after = await page.evaluate(() => ({ ran: Object.keys(window.__bench.runs), banner: window.__bench.bannerVisible() }))
      if (after.ran.length) fail(tool, `gated scripts ran after reject all: ${after.ran}`)
      if (after.banner) fail(tool, 'banner still visible after reject all')
      return { errors }
    }

    // Accept all: the click (seen by a capturing listener) -> both gated scripts ran.
    await page.locator(tool.acceptAll).first().click()
    await page.waitForFunction(() => Object.keys(window.__bench.runs).length === 2, null, { timeout: TIMEOUT_MS, polling: 50 })
      .catch(() => fail(tool, 'gated scripts did not both run after accept all'))
    const acceptMs = await page.evaluate(() => Math.max(...Object.values(window.__bench.runs)) - window.__bench.clickAt)

    // Return visit with consent stored: navigation start -> both gated scripts ran; no banner.
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => Object.keys(window.__bench.runs).length === 2, null, { timeout: TIMEOUT_MS, polling: 50 })
      .catch(() => fail(tool, 'gated scripts did not both run on the return visit'))
    await page.waitForLoadState('load')
    await page.waitForTimeout(RETURN_SETTLE_MS)
    const back = await page.evaluate(() => ({
      gatedMs: Math.max(...Object.values(window.__bench.runs)),
      banner: window.__bench.bannerAt !== null || window.__bench.bannerVisible(),
    }))
    if (back.banner) fail(tool, 'banner shown again on the return visit')

    return {
      firstVisit: {
        bannerMs: first.bannerMs,
        scriptMs: ScriptDuration * 1000,
        longTasks: first.longTasks,
        longTaskMs: first.longTaskMs,
        cls: first.cls,
        heapKB: JSHeapUsedSize / 1024,
      },
      acceptMs,
      returnVisit: { gatedMs: back.gatedMs },
      errors,
    }
  } finally {
    await context.close()
  }
}
