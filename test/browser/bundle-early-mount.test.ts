// The script tag mounts its UI as soon as <body> has its first element, not at
// DOMContentLoaded, so that the banner is in the page's first frame (docs/bench.md, "Banner at
// 4x"). A server-rendered host first in <body> is taken over whole once the page is parsed,
// even when the page arrives cut inside that host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundlePage, launch, startServer, type Handler, type TestBrowser, type TestServer } from './harness'
import { renderBannerHTML } from '../../src/ui/server-banner'

const config = { policy: { version: '1', url: '/privacy' }, categories: { necessary: { required: true }, analytics: {} } }
/** What a plain script in the middle of <body> sees while the page is still being parsed. */
const PROBE = `<script>window.seen = { parsing: document.readyState, hosts: document.querySelectorAll('assent-ui').length,
  state: document.querySelector('assent-ui')?.dataset.assentState, banner: !!document.querySelector('assent-ui')?.shadowRoot?.querySelector('[data-assent-banner] [data-assent-action="accept-all"]') }</script>`

let browser: TestBrowser
let server: TestServer

/** The page in two parts, 150 ms apart, cut inside the server-rendered host's shadow root. */
const cutInsideHost: Handler = async (_req, res) => {
  const html = bundlePage(config, renderBannerHTML(config, {}) + PROBE + '<p>rest</p>')
  const cut = html.indexOf('data-assent-action="reject-all"')
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  res.write(html.slice(0, cut))
  await new Promise((resolve) => setTimeout(resolve, 150))
  res.end(html.slice(cut))
}

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    '/': { body: bundlePage(config, '<p>first</p>' + PROBE + '<p>rest</p>') },
    '/ssr': cutInsideHost,
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('script tag: when the UI mounts', () => {
  it('the banner is there before the page is parsed, at <body>\'s first element', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    await tab.goto(server.url + '/')
    expect(await tab.evaluate(() => (window as unknown as { seen: unknown }).seen)).toEqual({ parsing: 'loading', hosts: 1, state: 'banner', banner: true })
    await context.close()
  })

  it('a server-rendered host first in <body>, arriving in parts: taken over once parsed, one host, one working banner', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(error.message))
    await tab.goto(server.url + '/ssr')
    await tab.waitForLoadState('load')
    // While parsing, the server's host is there and not yet taken over (no second host).
    expect(await tab.evaluate(() => (window as unknown as { seen: { hosts: number; parsing: string } }).seen)).toMatchObject({ hosts: 1, parsing: 'loading' })
    const shape = () => tab.evaluate(() => {
      const hosts = document.querySelectorAll('assent-ui')
      const root = hosts[0]?.shadowRoot
      return { hosts: hosts.length, state: (hosts[0] as HTMLElement | undefined)?.dataset.assentState, banners: root?.querySelectorAll('[data-assent-banner]').length, buttons: root?.querySelectorAll('[data-assent-banner] button[data-assent-action]').length }
    })
    expect(await shape()).toEqual({ hosts: 1, state: 'banner', banners: 1, buttons: 4 })
    await tab.locator('assent-ui [data-assent-banner] [data-assent-action="accept-all"]').click()
    expect(await tab.evaluate(() => window.assent!.granted('analytics'))).toBe(true)
    expect((await shape()).state).toBe('closed')
    expect(errors).toEqual([])
    await context.close()
  })
})
