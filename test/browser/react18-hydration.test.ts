// assent/react on React 18 in Chromium: React 18's renderToString on the server (Node), its
// hydrateRoot in the browser, in development builds (which warn of every hydration mismatch).
// The banner paints from the declarative shadow root and is taken over in place; a returning
// visitor's granted part is in the first HTML; no hydration warning either way. A control page
// hydrated with another record than the server's shows that such a warning is caught.
// Both sides are bundled by Vite from test/browser/react18/, with `react` and `react-dom`
// aliased to test/react18 (as the unit-react18 project does).
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, type Alias, type Rollup } from 'vite'
import type { Page } from 'playwright-core'
import { COOKIE_STORE, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { banner, bannerButton, cookieNames } from './demo'
import { collectErrors, hydratedInPlace, watchParsedNodes } from './react-pages'
import { focused } from './ui-pages'
import { readConsentCookie } from '../../src/server/index'
import { config } from './react18/app'
import type { ConsentRecord } from '../../src/core/types'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const alias: Alias[] = [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${ROOT}test/react18/node_modules/$1$2` }]
let browser: TestBrowser
let server: TestServer
let ssr: { render(record: ConsentRecord | null): string; reactVersion: string }

/** Vite's build of `entry` with React 18: for the browser (an ES module, React's development
 * build, whose hydration warns of every mismatch), or for Node (CommonJS, everything bundled). */
async function bundle(entry: string, target: 'browser' | 'node'): Promise<string> {
  const result = await build({
    configFile: false, root: ROOT, logLevel: 'error', mode: 'development', resolve: { alias },
    define: { 'process.env.NODE_ENV': '"development"' },
    ssr: { noExternal: true },
    build: {
      write: false, minify: false, ssr: target === 'node' ? ROOT + entry : undefined,
      rollupOptions: { input: ROOT + entry, output: { format: target === 'node' ? 'cjs' : 'es' } },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => ('output' in entry ? entry.output : [])) as Rollup.OutputBundle[string][]
  const chunk = outputs.find((output): output is Rollup.OutputChunk => output.type === 'chunk' && output.isEntry)
  if (!chunk) throw new Error('no bundle of ' + entry)
  return chunk.code
}

const pageHTML = (html: string, record: ConsentRecord | null, script = '/client.js') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React 18</title>
<script type="module" src="${script}"></script></head>
<body><div id="root">${html}</div><script type="application/json" id="record">${JSON.stringify(record).replace(/</g, '\\u003c')}</script></body></html>`

beforeAll(async () => {
  // The server's bundle, loaded into this process from .tmp (git-ignored).
  const file = ROOT + '.tmp/react18-server.cjs'
  mkdirSync(ROOT + '.tmp', { recursive: true })
  writeFileSync(file, await bundle('test/browser/react18/server.ts', 'node'))
  ssr = createRequire(import.meta.url)(file)
  const client = await bundle('test/browser/react18/client.ts', 'browser')
  browser = await launch()
  server = await startServer({
    // The page as a server renders it: the record read from the request's cookie.
    '/': (req, res) => {
      const record = readConsentCookie(req.headers.cookie, config)
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(pageHTML(ssr.render(record), record))
    },
    // The control: the server renders for an undecided visitor, the client hydrates with a
    // record granting everything.
    '/mismatch': (req, res) => {
      const granted = readConsentCookie(req.headers.cookie, config)
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(pageHTML(ssr.render(null), granted))
    },
    // The same page with its script held back, so that the visitor can act before hydration.
    '/slow': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(pageHTML(ssr.render(null), null, '/client-slow.js'))
    },
    '/client.js': { body: client, type: 'text/javascript' },
    '/client-slow.js': { body: client, type: 'text/javascript', delayMs: 1500 },
    '/favicon.ico': { status: 204 },
  })
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function visitor() {
  const context = await browser.newContext()
  context.setDefaultTimeout(10_000)
  const page = await context.newPage()
  const errors = collectErrors(page)
  await watchParsedNodes(page, '#record')
  return { context, page, errors }
}

/** Hydrated, and the UI mounted: the banner opened (taken over), or no banner at all. */
const hydrated = (page: Page) => page.waitForFunction(() => (window as { reactVersion?: string }).reactVersion &&
  (document.querySelector('assent-ui:popover-open') || document.querySelector('assent-ui')?.getAttribute('data-assent-state') !== 'banner'))
/** Whether hydration kept the server's nodes (React renders anew on a mismatch). */
const inPlace = async (page: Page) => Object.values(await hydratedInPlace(page)).every(Boolean)

describe('assent/react on React 18: renderToString, then hydrateRoot in Chromium', () => {
  it('renders with React 18 on both sides', async () => {
    expect(ssr.reactVersion).toBe('18.3.1')
    const { context, page, errors } = await visitor()
    await page.goto(server.url + '/')
    await hydrated(page)
    expect(await page.evaluate(() => (window as { reactVersion?: string }).reactVersion)).toBe('18.3.1')
    expect(errors).toEqual([])
    await context.close()
  })

  it('a first visit: the banner from the first HTML, taken over in place, no hydration warning; accept all updates the page', async () => {
    const html = await fetch(server.url + '/').then((response) => response.text())
    expect(html).toContain('<div id="root"><assent-ui class="auto bar" lang="en" data-assent-ssr="" data-assent-state="banner"><template shadowrootmode="open">')
    expect(html).toContain('data-video-off')

    const { context, page, errors } = await visitor()
    await page.goto(server.url + '/')
    await hydrated(page)
    expect(await page.evaluate(() => {
      const hosts = document.querySelectorAll('assent-ui')
      const shown = hosts[0].shadowRoot!.querySelector('[data-assent-banner]')!
      return { hosts: hosts.length, theme: hosts[0].className, same: shown === (window as unknown as { parsedBanner?: Element }).parsedBanner, open: hosts[0].matches(':popover-open') }
    })).toEqual({ hosts: 1, theme: 'auto bar', same: true, open: true })
    expect(await inPlace(page)).toBe(true)
    expect(errors).toEqual([])

    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    await bannerButton(page, 'accept-all').click()
    await page.locator('[data-decision="accept-all"]').waitFor()
    expect(await page.locator('[data-decision]').textContent()).toBe('Analytics allowed.')
    await page.locator('figure[data-video]').waitFor()
    expect(await banner(page).count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('focus put in the banner before hydration stays there through hydration and the takeover', async () => {
    const { context, page, errors } = await visitor()
    await page.goto(server.url + '/slow', { waitUntil: 'commit' })
    await banner(page).waitFor({ state: 'visible' })
    expect(await page.evaluate(() => (window as { reactVersion?: string }).reactVersion)).toBeUndefined()
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('close')
    await page.evaluate(() => Object.assign(window, { ssrButton: document.querySelector('assent-ui')!.shadowRoot!.activeElement }))
    await hydrated(page)
    expect(await page.evaluate(() => document.querySelector('assent-ui')!.shadowRoot!.activeElement === (window as unknown as { ssrButton: Element }).ssrButton)).toBe(true)
    expect(await inPlace(page)).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('a returning visitor: no banner markup, the granted part in the first HTML, hydrated in place', async () => {
    const { context, page, errors } = await visitor()
    await page.goto(server.url + '/')
    await hydrated(page)
    await bannerButton(page, 'accept-all').click()
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toEqual(['assent'])
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const html = await fetch(server.url + '/', { headers: { cookie } }).then((response) => response.text())
    expect(html).not.toContain('assent-ui')
    expect(html).toContain('<figure data-video="">')

    await page.reload()
    await hydrated(page)
    expect(await page.locator('assent-ui [data-assent-banner]').count()).toBe(0)
    expect(await inPlace(page)).toBe(true)
    expect(await page.locator('[data-decision]').textContent()).toBe('Analytics allowed.')
    expect(errors).toEqual([])
    await context.close()
  })

  it('control: hydrating with another record than the server rendered from is caught', async () => {
    const { context, page, errors } = await visitor()
    await page.goto(server.url + '/')
    await hydrated(page)
    await bannerButton(page, 'accept-all').click()
    await expect.poll(() => cookieNames(page), COOKIE_STORE).toEqual(['assent'])
    errors.length = 0
    await page.goto(server.url + '/mismatch')
    await hydrated(page)
    await expect.poll(() => errors.some((error) => /hydrat|did not match|server HTML/i.test(error)), COOKIE_STORE).toBe(true)
    expect(await inPlace(page)).toBe(false)
    await context.close()
  })
})
