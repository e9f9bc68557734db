// The Next.js example (examples/next) in Chromium, against a production build: `next build`
// once per run (into examples/next/.next, git-ignored), then `next start` on a free port.
// The first HTML carries the banner for a new visitor and the granted content for a returning
// one; decisions update the page without a reload; no console error (a hydration mismatch is
// one in React's production build); axe clean.
import { execSync, spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { COOKIE_STORE, launch, type TestBrowser } from './harness'
import { routeThirdParties } from './stand-ins'
import { banner, bannerButton, cookieNames } from './demo'
import { axePageViolations, collectErrors, hydratedInPlace, watchParsedNodes } from './react-pages'

const ROOT = new URL('../../', import.meta.url).pathname
const APP = ROOT + 'examples/next'
let browser: TestBrowser
let server: ChildProcess
let url: string

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number }
    probe.close(() => resolve(port))
  })
})

beforeAll(async () => {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  execSync('npx next build examples/next', { cwd: ROOT, stdio: 'ignore', env })
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, [ROOT + 'node_modules/next/dist/bin/next', 'start', APP, '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', env })
  browser = await launch()
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then(() => true, () => false)) break
    await new Promise((r) => setTimeout(r, 100))
  }
}, 240_000)
afterAll(async () => {
  await browser?.close()
  server?.kill()
})

/** The raw HTML of the page, as the server sends it (no script run), with the given cookies. */
const rawHTML = (cookie = '') => fetch(url + '/', { headers: { cookie } }).then((r) => r.text())
const cookieHeader = async (context: BrowserContext) => (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
const video = (page: Page) => page.locator('iframe[title="Example video"]')

async function visitor() {
  const context = await browser.newContext()
  context.setDefaultTimeout(10_000)
  await routeThirdParties(context)
  const page = await context.newPage()
  const errors = collectErrors(page)
  await watchParsedNodes(page, 'footer')
  await page.goto(url + '/')
  // Hydrated and taken over: the banner's host open, or no banner to show.
  await page.waitForFunction(() => document.querySelector('assent-ui:popover-open') || document.querySelector('assent-ui')?.getAttribute('data-assent-state') !== 'banner')
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
  return { context, page, errors }
}
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)

describe('examples/next (next build && next start)', () => {
  it('a first visit has the banner in the raw HTML; accept all updates the page without a reload', async () => {
    const html = await rawHTML()
    expect(html).toMatch(/<body>(<div hidden="">.*?<\/div>)?<assent-ui class="auto bar" lang="en" data-assent-ssr="" data-assent-state="banner"><template shadowrootmode="open">/)
    expect(html).toContain('data-assent-action="accept-all"')
    expect(html).toContain('data-assent-blocked="youtube"')
    expect(html).toContain('data-stats-off')
    expect(html).not.toContain('<iframe')

    const { context, page, errors } = await visitor()
    expect(await banner(page).isVisible()).toBe(true)
    // The banner in the page is the server's, taken over after hydration: one host, and the
    // very banner the parser built, now a top-layer popover.
    expect(await page.evaluate(() => {
      const shown = document.querySelector('assent-ui')!.shadowRoot!.querySelector('[data-assent-banner]')!
      return { hosts: document.querySelectorAll('assent-ui').length, same: shown === (window as unknown as { parsedBanner?: Element }).parsedBanner, open: document.querySelector('assent-ui')!.matches(':popover-open') }
    })).toEqual({ hosts: 1, same: true, open: true })
    expect(await hydratedInPlace(page)).toEqual({ parsed: true, same: true })
    expect(await axePageViolations(page)).toEqual([])
    await bannerButton(page, 'accept-all').click()
    await video(page).waitFor()
    await page.locator('[data-stats]').waitFor()
    expect(await page.locator('[data-decision="accept-all"]').textContent()).toContain('Analytics allowed, marketing allowed')
    expect(await banner(page).count()).toBe(0)
    expect(await sameDocument(page)).toBe(true)
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toEqual(expect.arrayContaining(['assent', 'next_stats']))
    expect(await axePageViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('a returning visitor gets no banner markup and the granted content in the raw HTML; withdraw updates the page', async () => {
    const { context, page, errors } = await visitor()
    await bannerButton(page, 'accept-all').click()
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toContain('assent')
    const html = await rawHTML(await cookieHeader(context))
    expect(html).not.toContain('assent-ui')
    expect(html).not.toContain('data-assent-banner')
    expect(html).toContain('<iframe title="Example video"')
    expect(html).toContain('data-stats')
    expect(html).toContain('Analytics allowed, marketing allowed')

    await page.reload()
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    await page.locator('[data-withdraw]').waitFor()
    expect(await banner(page).count()).toBe(0)
    expect(await video(page).isVisible()).toBe(true)
    // The granted video and analytics part are the server's nodes, hydrated, not rendered again.
    expect(await hydratedInPlace(page)).toEqual({ parsed: true, same: true })
    expect(await axePageViolations(page)).toEqual([])
    await page.locator('[data-withdraw]').click()
    await page.locator('[data-stats-off]').waitFor()
    expect(await video(page).count()).toBe(0)
    expect(await page.locator('[data-decision="withdraw"]').textContent()).toContain('Analytics refused, marketing refused')
    // The gate plugin deleted the analytics cookie on the revoke.
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toEqual(['assent'])
    expect(await sameDocument(page)).toBe(true)
    expect(await rawHTML(await cookieHeader(context))).not.toContain('<iframe')
    expect(errors).toEqual([])
    await context.close()
  })

  it('`npm start` serves both React examples, the Next.js one from its production build', async () => {
    // examples/serve.js, as `npm start` runs it; the build above is there, so it starts it.
    const nextPort = await freePort()
    const start = spawn(process.execPath, [ROOT + 'examples/serve.js'], { cwd: ROOT, env: { ...process.env, PORT: '0', NEXT_PORT: String(nextPort), NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'inherit'] })
    try {
      let output = ''
      start.stdout!.on('data', (chunk: Buffer) => (output += chunk))
      await expect.poll(() => output, { timeout: 120_000, interval: 200 }).toContain('Press Ctrl+C to stop.')
      const vite = /React \(Vite\) app\s+(\S+)/.exec(output)![1]
      const next = /Next\.js app\s+(\S+)/.exec(output)![1]
      expect(next).toBe(`http://127.0.0.1:${nextPort}/`)
      const spa = await fetch(vite).then((r) => r.text())
      expect(spa).toContain('<div id="root"></div>')
      expect(spa).toMatch(/<script type="module"[^>]* src="\/react-vite\/assets\/[^"]+\.js">/)
      let html = ''
      await expect.poll(async () => (html = await fetch(next).then((r) => r.text(), () => '')), { timeout: 30_000, interval: 200 }).toContain('<assent-ui class="auto bar" lang="en" data-assent-ssr="" data-assent-state="banner">')
      expect(html).toContain('<h1>Next.js example</h1>')
    } finally {
      start.kill('SIGTERM')
      await new Promise((resolve) => (start.exitCode === null ? start.once('exit', resolve) : resolve(null)))
    }
  }, 180_000)

  it('reject all keeps the placeholder; it then allows YouTube alone, without a reload', async () => {
    const { context, page, errors } = await visitor()
    await bannerButton(page, 'reject-all').click()
    await page.locator('[data-decision="reject-all"]').waitFor()
    expect(await banner(page).count()).toBe(0)
    expect(await page.locator('[data-stats-off]').isVisible()).toBe(true)
    await page.locator('[data-assent-blocked="youtube"] button').click()
    await video(page).waitFor()
    expect(await page.locator('[data-decision="custom"]').textContent()).toContain('Analytics refused, marketing refused')
    expect(await sameDocument(page)).toBe(true)
    expect(await axePageViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
