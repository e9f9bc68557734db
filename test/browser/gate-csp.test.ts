// assent/gate under a strict CSP (nonce + 'strict-dynamic', no 'unsafe-inline') with Trusted
// Types required: gated scripts run with the page's nonce through the `assent` policy, with no
// violation, and a gated script without the nonce (injected markup) does not run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { gatePage, LOG_JS, logOf, logs, readLog } from './gate-pages'

const NONCE = 'r4nd0mN0nce'
const CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; ` +
  `require-trusted-types-for 'script'; trusted-types assent`
const strict = (body: string) => ({ body: gatePage(body, { nonce: NONCE }), headers: { 'content-security-policy': CSP } })
const gated = (attributes: string, body = '') => `<script type="text/plain" data-assent="analytics" ${attributes}>${body}</script>`

let browser: TestBrowser
let server: TestServer

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    '/log.js': { body: LOG_JS, type: 'text/javascript' },
    '/favicon.ico': { status: 204 },
    '/slow.js': { body: logs('external'), type: 'text/javascript', delayMs: 300 },
    '/module.mjs': { body: logs('module'), type: 'text/javascript' },
    '/injected.js': { body: logs('injected-external'), type: 'text/javascript' },
    '/strict': strict([
      gated(`nonce="${NONCE}" src="/slow.js"`),
      gated(`nonce="${NONCE}"`, logs('inline')),
      gated(`nonce="${NONCE}" data-assent-type="module" data-assent-src="/module.mjs"`),
    ].join('\n')),
    '/injected': strict([
      gated('src="/injected.js"'),
      gated('', logs('injected-inline')),
      gated(`nonce="${NONCE}"`, logs('trusted')),
    ].join('\n')),
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Opens `path`, recording CSP violations and console errors. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext()
  await context.addInitScript(() => {
    const w = window as unknown as { violations: string[] }
    w.violations = []
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(server.url + path)
  return { page, problems }
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations)

describe('gate under strict CSP and Trusted Types', () => {
  it('runs gated inline, external and module scripts with the nonce and no violation', async () => {
    const { page, problems } = await open('/strict')
    expect(await page.evaluate(() => typeof window.assent)).toBe('object')
    await page.evaluate(() => window.assent!.acceptAll())
    expect(await logOf(page, 3)).toEqual(['external', 'inline', 'module'])
    expect(await violations(page)).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('does not run gated scripts that lack the page nonce', async () => {
    const { page } = await open('/injected')
    await page.evaluate(() => window.assent!.acceptAll())
    expect(await logOf(page, 1)).toEqual(['trusted'])
    await page.waitForTimeout(300)
    expect(await readLog(page)).toEqual(['trusted'])
    expect(server.requests).not.toContain('/injected.js')
    await page.context().close()
  })
})
