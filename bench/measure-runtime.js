// One fresh visitor in headless Chromium: first visit (banner), accept all (gated scripts run),
// return visit (gated scripts run, no banner). Each step also checks that the tool really works;
// a run that fails a check throws, and the tool's numbers do not count. The reference page
// (no consent tool, tool.reference) has no banner and no choice: its first visit waits for its
// two scripts, and its return visit is the same page loaded again with a warm cache.
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
 * @param {{ url: string, throttle: number, reject?: boolean, verify?: boolean, thirdVisit?: boolean }} options
 *   `verify` also checks that the banner shows its three controls (slow, so only in the check
 *   runs); `thirdVisit` loads the page once more after the return visit (see below).
 */
export async function visit(browser, tool, { url, throttle, reject = false, verify = false, thirdVisit = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await context.addInitScript(pageProbe, tool.banner)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))

    // First visit: navigation start -> banner visible (the reference: both scripts ran).
    await page.goto(url, { waitUntil: 'load' })
    if (tool.reference) {
      await page.waitForFunction(() => Object.keys(window.__bench.runs).length === 2, null, { timeout: TIMEOUT_MS, polling: 50 })
        .catch(() => fail(tool, 'the two scripts did not run'))
    } else {
      await page.waitForFunction(() => window.__bench.bannerAt !== null, null, { timeout: TIMEOUT_MS, polling: 50 })
        .catch(() => fail(tool, 'banner never became visible'))
    }
    await page.waitForTimeout(SETTLE_MS)
    // FCP and LCP are read here, before any click (a click ends LCP's candidates).
    const first = await page.evaluate(() => ({
      bannerMs: window.__bench.bannerAt,
      fcpMs: window.__bench.fcp,
      lcpMs: window.__bench.lcp,
      lcpElement: window.__bench.lcpElement,
      longTasks: window.__bench.longTasks.length,
      longTaskMs: window.__bench.longTasks.reduce((sum, d) => sum + d, 0),
      cls: window.__bench.cls,
      ran: window.__bench.runs,
      // When the tool's last file had arrived (resource timing, since navigation start): what a
      // parser-blocking file makes the page wait for before any of its code runs.
      filesAtMs: Math.max(0, ...performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/t/')).map((entry) => entry.responseEnd)) || null,
    }))
    if (first.fcpMs === null || first.lcpMs === null) fail(tool, `no ${first.fcpMs === null ? 'first-contentful-paint' : 'largest-contentful-paint'} entry`)
    if (!tool.reference && Object.keys(first.ran).length) fail(tool, `gated scripts ran before consent: ${Object.keys(first.ran)}`)
    for (const control of verify && !tool.reference ? ['acceptAll', 'rejectAll', 'preferences'] : []) {
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
    let acceptMs = null
    if (!tool.reference) {
      await page.locator(tool.acceptAll).first().click()
      await page.waitForFunction(() => Object.keys(window.__bench.runs).length === 2, null, { timeout: TIMEOUT_MS, polling: 50 })
        .catch(() => fail(tool, 'gated scripts did not both run after accept all'))
      acceptMs = await page.evaluate(() => Math.max(...Object.values(window.__bench.runs)) - window.__bench.clickAt)
    }

    // Return visit with consent stored: navigation start -> both gated scripts ran; no banner.
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => Object.keys(window.__bench.runs).length === 2, null, { timeout: TIMEOUT_MS, polling: 50 })
      .catch(() => fail(tool, 'gated scripts did not both run on the return visit'))
    await page.waitForLoadState('load')
    await page.waitForTimeout(RETURN_SETTLE_MS)
    const back = await page.evaluate(() => {
      const gatedMs = Math.max(...Object.values(window.__bench.runs))
      // The tool's files this visit used (from the HTTP cache or not): those whose fetch started
      // before the gated scripts ran are on the critical path of a returning visitor.
      const files = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/t/')).map((entry) => ({
        file: new URL(entry.name).pathname.split('/').slice(3).join('/'),
        critical: entry.startTime < gatedMs,
        decodedB: entry.decodedBodySize,
        transferB: entry.transferSize,
      }))
      return { gatedMs, fcpMs: window.__bench.fcp, files, banner: window.__bench.bannerAt !== null || window.__bench.bannerVisible() }
    })
    if (back.banner) fail(tool, 'banner shown again on the return visit')

    // Third view, consent stored: Chromium uses V8's code cache of a script from its third load
    // on (https://v8.dev/blog/code-caching-for-devs), which changes what compiling costs.
    let thirdGatedMs = null
    if (thirdVisit) {
      await page.goto(url, { waitUntil: 'commit' })
      await page.waitForFunction(() => Object.keys(window.__bench.runs).length === 2, null, { timeout: TIMEOUT_MS, polling: 50 })
        .catch(() => fail(tool, 'gated scripts did not both run on the third visit'))
      thirdGatedMs = await page.evaluate(() => Math.max(...Object.values(window.__bench.runs)))
      await page.waitForLoadState('load')
    }

    return {
      firstVisit: {
        bannerMs: first.bannerMs,
        fcpMs: first.fcpMs,
        lcpMs: first.lcpMs,
        lcpElement: first.lcpElement,
        scriptMs: ScriptDuration * 1000,
        longTasks: first.longTasks,
        longTaskMs: first.longTaskMs,
        cls: first.cls,
        heapKB: JSHeapUsedSize / 1024,
        filesAtMs: first.filesAtMs,
      },
      acceptMs,
      returnVisit: { gatedMs: back.gatedMs, fcpMs: back.fcpMs, files: back.files, thirdGatedMs },
      errors,
    }
  } finally {
    await context.close()
  }
}
