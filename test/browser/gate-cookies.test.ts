// Clean-up on revoke in real Chromium, served as www.example.test and shop.example.test
// (mapped to 127.0.0.1): cookies of refused services go from the host, the parent domain and
// path prefixes; declared storage keys go; everything else stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext } from 'playwright-core'
import { COOKIE_STORE, launch, startServer, type TestBrowser, type TestServer } from './harness'
import { gatePage, LOG_JS, logOf } from './gate-pages'

// A stand-in for an analytics tag: cookies on the parent domain, the host, a path, and storage.
const ANALYTICS_TAG = `
document.cookie = '_ga=GA1; domain=example.test; path=/'
document.cookie = '_ga_HOST=1; path=/'
document.cookie = '_ga_APP=1; path=/app'
document.cookie = '_ga_DOT=1; domain=.www.example.test; path=/app/'
localStorage.setItem('ga:client', '1')
sessionStorage.setItem('ga:session', '1')
window.log.push('analytics')`
const MARKETING_TAG = `document.cookie = '_fbp=FB; domain=example.test; path=/'; window.log.push('marketing')`
const SITE_COOKIES = `document.cookie = 'site=1; domain=example.test; path=/'; document.cookie = '_gab=keep; path=/';
localStorage.setItem('cart', '1')`

const BODY = `<script src="/site.js"></script>
<script type="text/plain" data-assent="analytics" data-assent-service="ga4" src="/analytics.js"></script>
<script type="text/plain" data-assent="marketing" src="/marketing.js"></script>`

let browser: TestBrowser
let server: TestServer
let www: string
let shop: string

beforeAll(async () => {
  browser = await launch({ args: ['--host-resolver-rules=MAP *.example.test 127.0.0.1'] })
  const js = (body: string) => ({ body, type: 'text/javascript' })
  server = await startServer({
    '/log.js': js(LOG_JS),
    '/site.js': js(SITE_COOKIES),
    '/analytics.js': js(ANALYTICS_TAG),
    '/marketing.js': js(MARKETING_TAG),
    '/app/page': { body: gatePage(BODY) },
    '/': { body: gatePage('') },
  })
  www = `http://www.example.test:${server.port}`
  shop = `http://shop.example.test:${server.port}`
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Cookie names as Chromium holds them for `url`, with the domain they were set on. */
async function jar(context: BrowserContext, url: string): Promise<string[]> {
  return (await context.cookies(url)).map((c) => `${c.name}@${c.domain}${c.path}`).sort()
}

describe('gate clean-up on revoke', () => {
  it('deletes the refused services\' cookies on the host, the parent domain and path prefixes, and their storage keys', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(www + '/app/page')
    await page.evaluate(() => window.assent!.acceptAll())
    await logOf(page, 2)
    await expect.poll(() => jar(context, www + '/app/page'), COOKIE_STORE).toEqual([
      '_fbp@.example.test/', '_ga@.example.test/', '_ga_APP@www.example.test/app', '_ga_DOT@.www.example.test/app/',
      '_ga_HOST@www.example.test/', '_gab@www.example.test/', 'assent@www.example.test/', 'site@.example.test/',
    ])
    await page.evaluate(() => window.assent!.save({ marketing: true }))
    await expect.poll(() => jar(context, www + '/app/page'), COOKIE_STORE).toEqual([
      '_fbp@.example.test/', '_gab@www.example.test/', 'assent@www.example.test/', 'site@.example.test/',
    ])
    expect(await page.evaluate(() => [Object.keys(localStorage).sort(), Object.keys(sessionStorage)])).toEqual([['cart'], []])
    await context.close()
  })

  it('deletes a parent-domain cookie from a sibling subdomain', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(www + '/app/page')
    await page.evaluate(() => window.assent!.acceptAll())
    await logOf(page, 2)
    await page.goto(shop + '/')
    // The consent cookie is host-only: shop has its own decision.
    expect(await page.evaluate(() => window.assent!.decided)).toBe(false)
    await page.evaluate(() => window.assent!.acceptAll())
    await expect.poll(() => jar(context, shop + '/'), COOKIE_STORE).toEqual(['_fbp@.example.test/', '_ga@.example.test/', 'assent@shop.example.test/', 'site@.example.test/'])
    await page.evaluate(() => window.assent!.withdraw())
    await expect.poll(() => jar(context, shop + '/'), COOKIE_STORE).toEqual(['assent@shop.example.test/', 'site@.example.test/'])
    await expect.poll(() => jar(context, www + '/'), COOKIE_STORE).toEqual(['_ga_HOST@www.example.test/', '_gab@www.example.test/', 'assent@www.example.test/', 'site@.example.test/'])
    await context.close()
  })

  it('deletes cookies of services refused in a stored decision at start-up', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(www + '/')
    await page.evaluate(() => window.assent!.rejectAll())
    await context.addCookies([
      { name: '_ga', value: 'stale', domain: '.example.test', path: '/' },
      { name: '_fbp', value: 'stale', domain: 'www.example.test', path: '/' },
      { name: 'site', value: '1', domain: '.example.test', path: '/' },
    ])
    await page.reload()
    await expect.poll(() => jar(context, www + '/'), COOKIE_STORE).toEqual(['assent@www.example.test/', 'site@.example.test/'])
    await context.close()
  })
})
