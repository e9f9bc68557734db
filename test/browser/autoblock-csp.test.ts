// autoblock under a strict CSP (nonce + 'strict-dynamic', no 'unsafe-inline') with Trusted
// Types required: the page's own nonced loader and parser-inserted tags are held, then run on
// grant (the same elements, so their nonce and the 'strict-dynamic' trust still hold) through
// the `assent` policy, with no CSP violation and no console error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'

const NONCE = 'n0nceF0rTags'
const CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; ` +
  `require-trusted-types-for 'script'; trusted-types assent tags`
const TRACKER = 'https://tags.tracker.test'
const CONFIG = {
  policy: { version: '1' },
  categories: { necessary: { required: true }, marketing: { services: { tracker: { hosts: ['tags.tracker.test'] } } } },
  ui: false,
  autoblock: true,
}
// The site's loader uses its own Trusted Types policy, as a site under Trusted Types must.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict</title>
<script type="application/json" id="assent-config">${JSON.stringify(CONFIG)}</script>
<script nonce="${NONCE}" src="/dist/assent.js"></script>
<script nonce="${NONCE}" src="${TRACKER}/parser.js"></script>
<script nonce="${NONCE}">
  const policy = trustedTypes.createPolicy('tags', { createScriptURL: (url) => url, createHTML: (html) => html })
  const script = document.createElement('script')
  script.src = policy.createScriptURL('${TRACKER}/loader.js')
  document.head.appendChild(script)
</script></head><body><div id="box"></div>
<script nonce="${NONCE}">
  document.getElementById('box').innerHTML = policy.createHTML('<img id="pixel" alt="" src="${TRACKER}/pixel.gif">')
</script></body></html>`

let browser: TestBrowser
let server: TestServer
beforeAll(async () => {
  browser = await launch()
  server = await startServer({ '/': { body: PAGE, headers: { 'content-security-policy': CSP } }, '/favicon.ico': { status: 204 } })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('autoblock under a strict CSP and Trusted Types', () => {
  it('holds, then runs the held tags on grant with no violation', async () => {
    const context = await browser.newContext()
    const asked: string[] = []
    await context.route(`${TRACKER}/**`, (route) => {
      const path = new URL(route.request().url()).pathname
      asked.push(path)
      if (path.endsWith('.gif')) return route.fulfill({ status: 200, contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64') })
      route.fulfill({ status: 200, contentType: 'text/javascript', body: `(window.ran = window.ran || []).push(${JSON.stringify(path)})` })
    })
    await context.addInitScript(() => {
      const w = window as unknown as { violations: string[] }
      w.violations = []
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
    page.on('pageerror', (error) => problems.push(error.message))
    await page.goto(server.url + '/')
    await page.waitForLoadState('load')
    await page.waitForTimeout(300)
    const ran = () => page.evaluate(() => (window as unknown as { ran?: string[] }).ran ?? [])
    expect(await ran()).toEqual([])
    // The parser-inserted tag was fetched by the preload scanner, not run; the loader's was not asked for.
    expect(asked.filter((path) => path != '/parser.js')).toEqual([])
    await page.evaluate(() => window.assent!.acceptAll())
    await expect.poll(ran).toEqual(['/parser.js', '/loader.js'])
    await expect.poll(() => page.evaluate(() => (document.getElementById('pixel') as HTMLImageElement).naturalWidth)).toBe(1)
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})
