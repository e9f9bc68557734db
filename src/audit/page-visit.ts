// Loading one page of a crawl, every wait bounded: the page's load event (--timeout), then a
// short quiet spell so that late trackers have fired. What goes wrong is said in words.
import type { Page } from 'playwright-core'

export class AuditFailed extends Error {}

/** What became of a visit: loaded, loaded but the load event never came, or failed. */
export type VisitResult = { ok: true; note?: string } | { ok: false; reason: string }

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0].replace(/^page\.goto: /, '')

export async function visit(page: Page, url: string, timeoutMs: number): Promise<VisitResult> {
  let note: string | undefined
  watchRequests(page)
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs })
    if (response && response.status() >= 400) note = `${url} answered HTTP ${response.status()}`
  } catch (error) {
    const message = firstLine(error)
    if (!/Timeout/i.test(message)) return { ok: false, reason: message }
    // The load event never came (a request that never ends): audit what is there, if anything.
    const committed = page.url() !== 'about:blank' && (await page.evaluate(() => document.readyState).catch(() => null)) !== null
    if (!committed) return { ok: false, reason: `no answer within ${timeoutMs / 1000} s (--timeout)` }
    note = `${url} did not finish loading within ${timeoutMs / 1000} s (--timeout); audited as it stood`
  }
  await settle(page)
  return { ok: true, note }
}

/** When the page last started a request. */
const lastRequest = new WeakMap<Page, number>()

function watchRequests(page: Page): void {
  if (lastRequest.has(page)) return
  lastRequest.set(page, Date.now())
  page.on('request', () => lastRequest.set(page, Date.now()))
}

/** Waits until the page has started no request for 400 ms (at most 2 s), as trackers often
 * fire after load. Not Playwright's 'networkidle': a keepalive fetch (assent's sync) never
 * reports as finished there, so it would always wait the whole time. */
export async function settle(page: Page): Promise<void> {
  watchRequests(page)
  const started = Date.now()
  while (Date.now() - started < 2_000 && Date.now() - (lastRequest.get(page) ?? 0) < 400) await new Promise((r) => setTimeout(r, 100))
}

const SKIP = /\.(pdf|zip|gz|jpe?g|png|gif|svg|webp|mp[34]|mov|avi|docx?|xlsx?|pptx?|csv|xml|json|txt)$/i

/** Same-origin http(s) links of the page, without fragments, in document order. */
export async function sameOriginLinks(page: Page, origin: string): Promise<string[]> {
  let hrefs: string[] = []
  try {
    hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href))
  } catch {
    return []
  }
  const links: string[] = []
  for (const href of hrefs) {
    try {
      const url = new URL(href)
      url.hash = ''
      if (url.origin === origin && !SKIP.test(url.pathname) && !links.includes(url.href)) links.push(url.href)
    } catch {
      // not a URL
    }
  }
  return links
}
