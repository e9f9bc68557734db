// One phase of the audit in its own browser context (a fresh profile): visit the start page,
// find the banner, act as the phase says, then follow same-origin links up to --pages, and
// keep what the browser stored and sent. Classification happens later (report.ts).
import type { Browser, BrowserContext, Cookie, Page } from 'playwright-core'
import type { AuditOptions } from './args'
import { acceptOnAssentBanner, hasRejectOnFirstLayer, pageRunsAssent, rejectOnAssentBanner, waitForAssentBanner, withdrawInPreferences } from './assent-banner'
import { runAutoconsent, type AutoAction } from './autoconsent'
import { record, collectStorage, type RecordedRequest, type Setter } from './collectors'
import { AuditFailed, sameOriginLinks, settle, visit } from './page-visit'
import { installDevRoutes } from './dev-routes'
import type { Banner, PhaseName } from './types'

export interface SeenCookie extends Cookie { page: string }

export interface RawPhase {
  phase: PhaseName
  pages: string[]
  banner: Banner
  notes: string[]
  regime?: string
  cookies: SeenCookie[]
  storage: { area: 'local' | 'session'; key: string; page: string }[]
  requests: RecordedRequest[]
  cookieSetters: Map<string, Setter>
  storageSetters: Map<string, Setter>
  /** When the phase's decision was clicked (reject, withdraw); undefined elsewhere. */
  decidedAt?: number
  /** name|domain|path -> value, just before the decision. */
  jarAtDecision?: Map<string, string>
  /** The site's config as the page holds it (first page), if any. */
  pageConfig?: unknown
}

export interface PhaseEnv {
  browser: Browser
  options: AuditOptions
  progress(text: string): void
  /** How long to wait for a banner on the first page. */
  bannerWaitMs: number
}

const cookieKey = (cookie: Cookie) => `${cookie.name}|${cookie.domain}|${cookie.path}`

// Global Privacy Control as a browser that has it on: the DOM property, before any script.
const GPC = `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true, enumerable: true })`

async function readPageConfig(page: Page): Promise<unknown> {
  try {
    return await page.evaluate(() => {
      const element = document.getElementById('assent-config')
      if (element?.textContent) {
        try {
          return JSON.parse(element.textContent)
        } catch {
          return { __error: 'the #assent-config element holds no valid JSON' }
        }
      }
      const w = window as unknown as { assentConfig?: unknown; assent?: { config?: unknown } }
      const config = w.assentConfig ?? w.assent?.config
      return config === undefined ? undefined : JSON.parse(JSON.stringify(config))
    })
  } catch {
    return undefined
  }
}

const readRegime = (page: Page) =>
  page.evaluate(() => (window as unknown as { assent?: { regime?: { model?: string } } }).assent?.regime?.model).catch(() => undefined)

async function screenshot(page: Page): Promise<string | undefined> {
  try {
    return (await page.screenshot({ type: 'jpeg', quality: 55, timeout: 5_000 })).toString('base64')
  } catch {
    return undefined
  }
}

const ACTIONS: Record<PhaseName, AutoAction> = { 'first-visit': null, gpc: null, reject: 'optOut', accept: 'optIn', withdraw: 'optIn' }

export async function runPhase(phase: PhaseName, env: PhaseEnv): Promise<RawPhase> {
  const { options } = env
  const context: BrowserContext = await env.browser.newContext({
    viewport: { width: 1280, height: 800 }, serviceWorkers: 'block',
    extraHTTPHeaders: phase === 'gpc' ? { 'Sec-GPC': '1' } : undefined,
  })
  // Every wait below is bounded but page.evaluate, which a page that keeps its main thread
  // busy can hold forever: past the phase's budget the context is closed, which ends it.
  // (The budget: the first page's waits, at most about 60 s plus three loads, then each page.)
  const budgetMs = 60_000 + 3 * options.timeoutMs + options.pages * (options.timeoutMs + 5_000)
  let overrun = false
  const watchdog = setTimeout(() => {
    overrun = true
    void context.close().catch(() => {})
  }, budgetMs)
  try {
    if (phase === 'gpc') await context.addInitScript(GPC)
    await installDevRoutes(context, options.devRoutes)
    const recorder = await record(context)
    const page = await context.newPage()
    page.setDefaultTimeout(5_000)
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}))
    context.on('page', (other) => void (other !== page && other.close().catch(() => {})))
    await recorder.watch(page)

    const raw: RawPhase = { phase, pages: [], banner: { shown: false }, notes: [], cookies: [], storage: [], requests: recorder.requests,
      cookieSetters: recorder.cookieSetters, storageSetters: recorder.storageSetters }
    const seenCookies = new Map<string, SeenCookie>()
    const seenStorage = new Map<string, RawPhase['storage'][number]>()
    const keep = async () => {
      const at = page.url()
      for (const cookie of await context.cookies().catch(() => [])) if (!seenCookies.has(cookieKey(cookie))) seenCookies.set(cookieKey(cookie), { ...cookie, page: at })
      for (const item of await collectStorage(page)) if (!seenStorage.has(`${item.area}:${item.key}`)) seenStorage.set(`${item.area}:${item.key}`, { ...item, page: at })
    }
    const decide = async () => {
      raw.decidedAt = Date.now()
      raw.jarAtDecision = new Map((await context.cookies().catch(() => [])).map((cookie) => [cookieKey(cookie), cookie.value]))
    }

    const first = await visit(page, options.url, options.timeoutMs)
    if (!first.ok) throw new AuditFailed(`cannot load ${options.url}: ${first.reason}`)
    if (first.note) raw.notes.push(first.note)
    const start = page.url()
    if (new URL(start).origin !== new URL(options.url).origin) raw.notes.push(`${options.url} went on to ${start}; the crawl stays on ${new URL(start).origin}`)
    const origin = new URL(start).origin
    raw.pages.push(start)
    if (phase === 'first-visit') raw.pageConfig = await readPageConfig(page)
    raw.regime = await readRegime(page)

    // The banner, and what this phase does with it.
    const action = ACTIONS[phase]
    if (await pageRunsAssent(page)) {
      raw.banner = { shown: await waitForAssentBanner(page, env.bannerWaitMs), tool: 'assent' }
      if (raw.banner.shown) raw.banner.rejectOnFirstLayer = await hasRejectOnFirstLayer(page)
      raw.banner.screenshot = await screenshot(page)
      if (raw.banner.shown && action) {
        if (phase === 'reject') await decide()
        raw.banner.clicked = phase === 'reject' ? await rejectOnAssentBanner(page) : await acceptOnAssentBanner(page)
        if (!raw.banner.clicked) raw.notes.push(`found no ${phase === 'reject' ? 'way to reject all' : 'accept all button'} on the banner`)
      }
    } else {
      const run = await runAutoconsent(page, action)
      if (phase === 'reject') await decide()
      await run.settled(action ? env.bannerWaitMs + 10_000 : env.bannerWaitMs + 3_000)
      run.stop()
      raw.banner = { shown: run.popupFound, tool: run.cmp, screenshot: await screenshot(page) }
      if (action && run.popupFound) {
        if (run.result) raw.banner.clicked = `${action} (autoconsent rule ${run.cmp})`
        else raw.notes.push(`autoconsent's rule ${run.cmp} could not ${action === 'optOut' ? 'reject' : 'accept'} on this banner`)
      }
      if (!run.popupFound && run.cmp) raw.notes.push(`autoconsent recognised ${run.cmp}, but no banner of it showed`)
    }
    if (!raw.banner.shown && action) raw.notes.push(`no banner found: nothing to ${phase === 'reject' ? 'reject' : 'accept'}`)
    await settle(page)

    // Withdraw: with consent given and the trackers run once, refuse in the preferences.
    if (phase === 'withdraw' && raw.banner.clicked && raw.banner.tool !== 'assent') {
      raw.notes.push(`withdrawing is not automated for ${raw.banner.tool ?? 'this consent tool'}: the phase shows what stays after accept`)
    } else if (phase === 'withdraw' && raw.banner.clicked) {
      await visit(page, start, options.timeoutMs)
      await decide()
      const done = await withdrawInPreferences(page)
      if (done) raw.banner.clicked += `, then ${done}`
      else {
        raw.notes.push('no [data-assent-open] element to reopen the preferences: withdrew through window.assent.withdraw()')
        await page.evaluate(() => (window as unknown as { assent?: { withdraw(source: string): void } }).assent?.withdraw('preferences')).catch(() => {})
      }
      await settle(page)
    }
    // A decision is followed by a reload: what the site loads on a page view with it.
    if (raw.banner.clicked) {
      const again = await visit(page, start, options.timeoutMs)
      if (!again.ok) raw.notes.push(`reloading ${start} failed: ${again.reason}`)
    }
    await keep()
    env.progress(`${phase}: ${start} (banner ${raw.banner.shown ? `shown${raw.banner.clicked ? `, clicked ${raw.banner.clicked}` : ''}` : 'not found'})`)

    // The crawl: breadth first over same-origin links.
    const queue = await sameOriginLinks(page, origin)
    const done = new Set([start, options.url])
    while (raw.pages.length < options.pages && queue.length > 0) {
      const next = queue.shift()!
      if (done.has(next)) continue
      done.add(next)
      const result = await visit(page, next, options.timeoutMs)
      if (!result.ok) {
        raw.notes.push(`skipped ${next}: ${result.reason}`)
        continue
      }
      if (result.note) raw.notes.push(result.note)
      const landed = page.url()
      if (new URL(landed).origin !== origin) {
        raw.notes.push(`${next} went on to ${landed}, another origin: not audited`)
        continue
      }
      raw.pages.push(landed)
      done.add(landed)
      await keep()
      for (const link of await sameOriginLinks(page, origin)) if (!done.has(link) && !queue.includes(link)) queue.push(link)
      env.progress(`${phase}: ${landed} (${seenCookies.size} cookies, ${raw.requests.length} requests so far)`)
    }
    if (new URL(page.url()).origin !== origin) raw.notes.push(`the page navigated away to ${page.url()}`)
    if (overrun) throw new Error('overrun')
    raw.cookies = [...seenCookies.values()]
    raw.storage = [...seenStorage.values()]
    return raw
  } catch (error) {
    if (overrun) throw new AuditFailed(`the ${phase} phase did not finish within ${Math.round(budgetMs / 1000)} s: the page kept the browser busy`)
    throw error
  } finally {
    clearTimeout(watchdog)
    await context.close().catch(() => {})
  }
}
