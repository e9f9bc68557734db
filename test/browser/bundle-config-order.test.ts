// The script tag's config may stand before or after the bundle (SPEC section 5). After it, the
// bundle waits while the page is parsed and starts the moment the config has arrived whole:
// before any later script runs, and with every gated tag parsed so far found, none run early.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, startServer, type Handler, type TestBrowser, type TestServer } from './harness'

const CONFIG = { policy: { version: '1' }, categories: { necessary: { required: true }, analytics: {} }, google: true }
const configTag = (config: unknown = CONFIG) =>
  `<script type="application/json" id="assent-config">${JSON.stringify(config)}</script>`
const BUNDLE = '<script src="/dist/assent.js"></script>'
/** A gated inline script that logs `name` when it runs. */
const gated = (name: string, attributes = '') =>
  `<script type="text/plain" data-assent="analytics"${attributes}>window.log.push(${JSON.stringify(name)})</script>`
/** A plain (not gated) script: what it sees when the parser reaches it. */
const PROBE = `<script>window.probe = { started: !!window.assent, google: window.dataLayer && [...window.dataLayer[0]].slice(0, 2).join(' ') }</script>`
const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>order</title><script>window.log = []</script>${head}</head><body>${body}</body></html>`

let browser: TestBrowser
let server: TestServer

/** The page sent in parts, one every 150 ms: the parser shows each part as it arrives. */
const streamed = (parts: string[]): Handler => async (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  for (const part of parts) {
    res.write(part)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  res.end()
}

beforeAll(async () => {
  browser = await launch()
  const json = JSON.stringify(CONFIG)
  server = await startServer({
    '/before': { body: page(configTag() + BUNDLE + PROBE + gated('a')) },
    '/after': { body: page(BUNDLE + configTag() + PROBE + gated('a')) },
    '/between': { body: page(BUNDLE + gated('first') + gated('second'), configTag() + gated('third')) },
    '/last': { body: page(BUNDLE + gated('a'), '<p>text</p>' + configTag()) },
    '/streamed': streamed([
      page(BUNDLE + gated('first') + '<script type="application/json" id="assent-config">' + json.slice(0, 20)).split('</head>')[0],
      json.slice(20, 40),
      json.slice(40) + '</script>' + gated('second'),
      '</head><body>' + PROBE + '<p>done</p></body></html>',
    ]),
    '/none': { body: page(BUNDLE, '<p id="ok">fine</p>') },
    '/nonce': {
      body: page(`<script src="/dist/assent.js" nonce="n0nce"></script>${configTag({ ...CONFIG, ui: false })}${gated('signed', ' nonce="n0nce"')}${gated('unsigned')}`).replace('<script>window.log', '<script nonce="n0nce">window.log'),
      headers: { 'content-security-policy': "script-src 'nonce-n0nce' 'strict-dynamic'" },
    },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(path: string, decided?: 'accept') {
  const context = await browser.newContext()
  const tab = await context.newPage()
  const messages: Array<{ type: string; text: string }> = []
  tab.on('console', (message) => messages.push({ type: message.type(), text: message.text() }))
  tab.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }))
  if (decided) {
    await tab.goto(server.url + '/before')
    await tab.evaluate(() => window.assent!.acceptAll())
    messages.length = 0
  }
  await tab.goto(server.url + path)
  await tab.waitForLoadState('load')
  return { context, tab, messages }
}

const logOf = (tab: Page) => tab.evaluate(() => (window as unknown as { log: string[] }).log.slice())
const probeOf = (tab: Page) => tab.evaluate(() => (window as unknown as { probe: unknown }).probe)
/** Errors and warnings, less the 404 of the favicon that these pages lack. */
const problems = (messages: Array<{ type: string; text: string }>) =>
  messages.filter((m) => ['error', 'pageerror', 'warning'].includes(m.type) && !m.text.includes('404'))

describe('the config element before or after the bundle', () => {
  it('before: starts at once (the usual order)', async () => {
    const { context, tab, messages } = await open('/before')
    expect(await probeOf(tab)).toEqual({ started: true, google: 'consent default' })
    expect(await tab.locator('[data-assent-banner]').count()).toBe(1)
    expect(problems(messages)).toEqual([])
    await context.close()
  })

  it('after: starts before the next script runs, with the banner and Google default', async () => {
    const { context, tab, messages } = await open('/after')
    // The plain script right after the config already sees the instance and the default.
    expect(await probeOf(tab)).toEqual({ started: true, google: 'consent default' })
    expect(await tab.locator('[data-assent-banner]').count()).toBe(1)
    expect(await logOf(tab)).toEqual([])
    await tab.locator('[data-assent-action="accept-all"]').click()
    await expect.poll(() => logOf(tab)).toEqual(['a'])
    expect(problems(messages)).toEqual([])
    await context.close()
  })

  it('after, with gated tags between: none runs before consent, each runs once in order after', async () => {
    const undecided = await open('/between')
    expect(await undecided.tab.evaluate(() => typeof window.assent?.acceptAll)).toBe('function')
    expect(await logOf(undecided.tab)).toEqual([])
    await undecided.tab.evaluate(() => window.assent!.acceptAll())
    await expect.poll(() => logOf(undecided.tab)).toEqual(['first', 'second', 'third'])
    await undecided.context.close()

    const returning = await open('/between', 'accept')
    await expect.poll(() => logOf(returning.tab)).toEqual(['first', 'second', 'third'])
    await returning.tab.waitForTimeout(300)
    expect(await logOf(returning.tab)).toEqual(['first', 'second', 'third'])
    expect(problems(returning.messages)).toEqual([])
    await returning.context.close()
  })

  it("after, as the page's last node: starts when parsing ends", async () => {
    const { context, tab, messages } = await open('/last', 'accept')
    await expect.poll(() => logOf(tab)).toEqual(['a'])
    expect(problems(messages)).toEqual([])
    await context.close()
  })

  it('after, in a page streamed in parts cut inside the config: waits for all of it', async () => {
    const { context, tab, messages } = await open('/streamed', 'accept')
    await expect.poll(() => logOf(tab)).toEqual(['first', 'second'])
    expect(await probeOf(tab)).toEqual({ started: true, google: 'consent default' })
    expect(problems(messages)).toEqual([])
    await context.close()
  })

  it('after, under a strict CSP: the nonce read from the bundle still guards gated scripts', async () => {
    const { context, tab, messages } = await open('/nonce')
    await tab.evaluate(() => window.assent!.acceptAll())
    await expect.poll(() => logOf(tab)).toEqual(['signed'])
    const warnings = problems(messages)
    expect(warnings).toHaveLength(1)
    expect(warnings[0].text).toMatch(/^assent: gated script without the page nonce/)
    await context.close()
  })

  it('no config at all: one console.warn saying what is missing and where; the page works', async () => {
    const { context, tab, messages } = await open('/none')
    expect(await tab.locator('#ok').textContent()).toBe('fine')
    expect(await tab.evaluate(() => typeof window.Assent.createConsent)).toBe('function')
    expect(await tab.evaluate(() => window.assent)).toBeUndefined()
    const warnings = problems(messages)
    expect(warnings).toHaveLength(1)
    expect(warnings[0].type).toBe('warning')
    expect(warnings[0].text).toContain('id="assent-config"')
    expect(warnings[0].text).toContain('window.assentConfig')
    await context.close()
  })
})
