// The script-tag bundle's own duties (SPEC section 5): where the config comes from, what it
// exposes, and that a config mistake anywhere stops everything non-required.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundlePage, launch, startServer, type TestBrowser, type TestServer } from './harness'

const categories = { necessary: { required: true }, analytics: {} }
const gated = '<script type="text/plain" data-assent="analytics">window.gatedRan = true</script>'

let browser: TestBrowser
let server: TestServer
beforeAll(async () => {
  ;[browser, server] = await Promise.all([launch(), startServer()])
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function visit(path: string, html: string, prepare?: (page: import('playwright-core').Page) => Promise<void>) {
  server.route(path, { body: html })
  const context = await browser.newContext()
  context.setDefaultTimeout(10_000)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', (error) => errors.push(error.message))
  if (prepare) await prepare(page)
  await page.goto(server.url + path)
  await page.waitForLoadState('load')
  return { page, errors, context }
}

describe('dist/assent.js', () => {
  it('exposes the API and the running instance', async () => {
    const { page, errors, context } = await visit('/api', bundlePage({ policy: { version: '1' }, categories }))
    const api = await page.evaluate(() => ({
      keys: ['createConsent', 'gate', 'mountUI', 'sync', 'googleConsentMode'].map((k) => typeof (window.Assent as any)[k]),
      version: window.Assent.version,
      instance: typeof window.assent?.acceptAll,
    }))
    expect(api).toEqual({ keys: Array(5).fill('function'), version: expect.stringMatching(/^\d+\.\d+\.\d+/), instance: 'function' })
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]) // the page has no favicon
    await context.close()
  })

  it('reads window.assentConfig when there is no JSON config element', async () => {
    const html = `<!doctype html><html lang="en"><head><script src="/cfg.js"></script><script src="/dist/assent.js"></script>${gated}</head><body></body></html>`
    server.route('/cfg.js', { body: `window.assentConfig = ${JSON.stringify({ policy: { version: '7' }, categories, ui: false })}`, type: 'text/javascript' })
    const { page, context } = await visit('/global', html)
    expect(await page.evaluate(() => window.assent!.config.policy.version)).toBe('7')
    await page.evaluate(() => window.assent!.acceptAll())
    await page.waitForFunction(() => (window as any).gatedRan === true)
    expect(await page.locator('[data-assent-banner]').count()).toBe(0) // ui: false
    await context.close()
  })

  it('a bad JSON config is one console.error naming the element; the page keeps working', async () => {
    const html = `<!doctype html><html><head><script type="application/json" id="assent-config">{ "policy": </script><script src="/dist/assent.js"></script></head><body><p id="ok">fine</p></body></html>`
    const { page, errors, context } = await visit('/broken-json', html)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('#assent-config')
    expect(await page.locator('#ok').textContent()).toBe('fine')
    await context.close()
  })

  const badParts: Array<[string, Record<string, unknown>, string]> = [
    ['ui', { ui: { layout: 'sideways' } }, 'ui.layout'],
    ['gate', { gate: { reloadOnRevoke: 'yes' } }, 'gate.reloadOnRevoke'],
    ['google', { google: { waitForUpdate: -5 } }, 'google.waitForUpdate'],
    ['sync', { sync: { endpoint: 42 } }, 'sync.endpoint'],
  ]
  it.each(badParts)('a mistake in the %s options stops everything, even with a stored grant', async (part, extra, field) => {
    const path = `/bad-${part}`
    const good = bundlePage({ policy: { version: '1' }, categories, ui: false }, '', gated)
    const bad = bundlePage({ policy: { version: '1' }, categories, ...extra }, '<p id="ok">fine</p>', gated)
    // First a valid page stores a grant; then the same visitor meets the broken config.
    const { page, context } = await visit(path, good)
    await page.evaluate(() => window.assent!.acceptAll())
    await page.waitForFunction(() => (window as any).gatedRan === true)
    server.route(path, { body: bad })
    const errors: string[] = []
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await page.reload()
    await page.waitForLoadState('load')
    expect(errors.join('\n')).toContain(field)
    expect(await page.evaluate(() => [(window as any).gatedRan ?? false, window.assent === undefined, document.getElementById('ok')!.textContent]))
      .toEqual([false, true, 'fine'])
    await context.close()
  })
})
