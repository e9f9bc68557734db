// assent/gate in real Chromium through dist/assent.js: script order (a slow external script
// before inline ones), module scripts, elements inserted later, exactly-once execution,
// service-level gating, pixels that wait, reloadOnRevoke.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { gateConfig, gatePage, LOG_JS, logOf, logs, readLog } from './gate-pages'

let browser: TestBrowser
let server: TestServer
let earlyFetchedDuringPause = false
let earlyFetchesBefore = 0

const js = (body: string, delayMs = 0) => ({ body, type: 'text/javascript', delayMs })
const gated = (attributes: string, body = '') => `<script type="text/plain" data-assent="analytics" ${attributes}>${body}</script>`

const ORDER_BODY = [
  gated('src="/slow.js"'),
  gated('', logs('inline-1')),
  gated('data-assent-src="/fast.js"'),
  gated('', logs('inline-2')),
  gated('async src="/async-slow.js"'),
  gated('', logs('inline-3')),
].join('\n')

// Inline scripts cut in the middle of their text: the second is the last child of its parent,
// the third the last node of the page.
const STREAMED_BODY = [
  gated('', `window.log.push('first-start'); /*cut*/ window.log.push('first-end')`),
  `<div>${gated('', `window.log.push('second-start'); /*cut*/ window.log.push('second-end')`)}</div>`,
  '<p>after</p>',
  gated('', `window.log.push('last-start'); /*cut*/ window.log.push('last-end')`),
].join('\n')

beforeAll(async () => {
  browser = await launch()
  server = await startServer({
    '/log.js': js(LOG_JS),
    '/slow.js': js(logs('slow-external'), 600),
    '/fast.js': js(logs('fast-external')),
    '/async-slow.js': js(logs('async-external'), 900),
    '/order': { body: gatePage(ORDER_BODY) },
    '/lib.mjs': js('export const answer = 42'),
    '/main.mjs': js(`import { answer } from '/lib.mjs'; window.log.push('external-module:' + answer)`, 300),
    '/modules': {
      body: gatePage([
        gated('data-assent-type="module" data-assent-src="/main.mjs"'),
        gated('data-assent-type="module"', `import { answer } from '/lib.mjs'; window.log.push('inline-module:' + answer + ':' + typeof import.meta.url)`),
        gated('', logs('classic-after')),
      ].join('\n')),
    },
    '/empty': { body: gatePage('<main id="app"></main>') },
    '/count.js': js('window.count = (window.count || 0) + 1; window.log.push("count")'),
    '/once': { body: gatePage(gated('id="counted" src="/count.js" data-assent-service="ga4"') + gated('', 'window.inline = (window.inline || 0) + 1')) },
    '/services': {
      body: gatePage([
        gated('data-assent-service="ga4"', logs('ga4')),
        gated('data-assent-service="hotjar"', logs('hotjar')),
        gated('', logs('analytics')),
        '<script type="text/plain" data-assent="marketing">window.log.push("marketing")</script>',
      ].join('\n')),
    },
    '/deferred.js': js(logs('deferred')),
    // The page's last node is a gated script, after a deferred one: parsed HTML would run the
    // inline script during parsing, so before the deferred one.
    '/last-before-deferred': { body: gatePage(['<script defer src="/deferred.js"></script>', '<p>content</p>', gated('', logs('last-gated'))].join('\n')) },
    '/pixel.gif': { body: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'), type: 'image/gif' },
    '/pixel': { body: gatePage('<img id="pixel" data-assent="analytics" data-assent-src="/pixel.gif" alt="">') },
    '/reload': { body: gatePage(gated('', logs('ran')), { config: gateConfig({ reloadOnRevoke: true }) }) },
    '/early.js': js(logs('early')),
    '/streamed-external': async (_req, res) => {
      // The HTML stops for a while right after an external gated script: a decided visitor's
      // fetch of it need not wait for the rest of the page (its src is complete as it is parsed).
      const [head, tail] = gatePage('<script type="text/plain" data-assent="analytics" src="/early.js"></script>/*pause*/<p>the rest</p>').split('<body>')
      const [before, after] = ('<body>' + tail).split('/*pause*/')
      earlyFetchedDuringPause = false
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      res.write(head + before)
      await new Promise((r) => setTimeout(r, 700))
      earlyFetchedDuringPause = server.requests.filter((path) => path === '/early.js').length > earlyFetchesBefore
      res.end(after)
    },
    '/streamed': async (_req, res) => {
      // The HTML arrives in parts, each cut inside a gated inline script (as a network may cut
      // a long page); the parser shows the script before the rest of its text has arrived.
      const [head, tail] = gatePage(STREAMED_BODY).split('<body>')
      const parts = ('<body>' + tail).split('/*cut*/')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      res.write(head)
      for (const part of parts) {
        res.write(part)
        await new Promise((r) => setTimeout(r, 150))
      }
      res.end()
    },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(path: string): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(server.url + path)
  return page
}

describe('gated scripts in Chromium', () => {
  it('run nothing before consent', async () => {
    const page = await open('/order')
    await page.waitForTimeout(50)
    expect(await readLog(page)).toEqual([])
    expect(server.requests.filter((path) => path.endsWith('slow.js') || path === '/fast.js')).toEqual([])
    await page.context().close()
  })

  it('run in document order on a grant: an inline script waits for the slow external one before it; async does not hold others up', async () => {
    const page = await open('/order')
    await page.evaluate(() => window.assent!.acceptAll())
    expect(await logOf(page, 6)).toEqual(['slow-external', 'inline-1', 'fast-external', 'inline-2', 'inline-3', 'async-external'])
    await page.context().close()
  })

  it('run in the same order at start-up for a stored decision', async () => {
    const page = await open('/order')
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    await logOf(page, 6)
    await page.reload()
    expect(await logOf(page, 6)).toEqual(['slow-external', 'inline-1', 'fast-external', 'inline-2', 'inline-3', 'async-external'])
    await page.context().close()
  })

  it('run inline scripts whole when the page arrives in parts cut inside them', async () => {
    const page = await open('/streamed')
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    await logOf(page, 6)
    await page.reload()
    await expect.poll(() => readLog(page)).toEqual(['first-start', 'first-end', 'second-start', 'second-end', 'last-start', 'last-end'])
    await page.context().close()
  })

  it('run a gated last node of the page where the page put it: before the deferred scripts, for a stored decision', async () => {
    const page = await open('/last-before-deferred')
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    await logOf(page, 2)
    await page.reload()
    expect(await logOf(page, 2)).toEqual(['last-gated', 'deferred'])
    await page.context().close()
  })

  it('fetch an external gated script for a stored decision as soon as it is parsed, not when the parser has moved past it', async () => {
    const page = await open('/streamed-external')
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    await logOf(page, 1)
    earlyFetchesBefore = server.requests.filter((path) => path === '/early.js').length
    await page.reload()
    expect(await logOf(page, 1)).toEqual(['early'])
    expect(earlyFetchedDuringPause).toBe(true)
    await page.context().close()
  })

  it('run module scripts, external and inline; a classic script waits for the external module before it', async () => {
    const page = await open('/modules')
    await page.evaluate(() => window.assent!.acceptAll())
    const log = await logOf(page, 3)
    // Modules keep their order with external scripts; as in parsed HTML, where a module is
    // deferred, an inline classic script does not wait for an inline module.
    expect(log[0]).toBe('external-module:42')
    expect(log.slice(1).sort()).toEqual(['classic-after', 'inline-module:42:string'])
    await page.context().close()
  })

  it('handle gated elements inserted later at any depth, before and after the grant', async () => {
    const page = await open('/empty')
    await page.evaluate(() => {
      const section = document.createElement('section')
      section.innerHTML = '<div><script type="text/plain" data-assent="analytics">window.log.push("inserted-before")</script></div>'
      document.getElementById('app')!.append(section)
    })
    await page.waitForTimeout(50)
    expect(await readLog(page)).toEqual([])
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    expect(await logOf(page, 1)).toEqual(['inserted-before'])
    await page.evaluate(() => {
      // An SPA route change: new markup, deep inside, after the grant.
      const route = document.createElement('article')
      route.innerHTML = '<p><span><script type="text/plain" data-assent="analytics" src="/fast.js"></script></span></p>'
      document.getElementById('app')!.replaceChildren(route)
      const script = document.createElement('script')
      script.type = 'text/plain'
      script.dataset.assent = 'analytics'
      script.text = 'window.log.push("created-after")'
      document.body.append(script)
    })
    expect(await logOf(page, 3)).toEqual(['inserted-before', 'fast-external', 'created-after'])
    await page.context().close()
  })

  it('run exactly once, whatever the sequence of grants, revokes and re-insertions', async () => {
    const page = await open('/once')
    await page.evaluate(() => {
      const a = window.assent!
      a.save({ analytics: true })
      a.withdraw()
      a.save({ ga4: true })
      a.rejectAll()
      a.acceptAll()
    })
    await logOf(page, 1)
    await page.evaluate(() => {
      window.assent!.withdraw()
      window.assent!.acceptAll()
      // Moving every script around must not run any of them again.
      for (const script of [...document.scripts]) document.body.append(script)
      const sentinel = document.createElement('script')
      sentinel.type = 'text/plain'
      sentinel.dataset.assent = 'analytics'
      sentinel.src = '/fast.js'
      document.body.append(sentinel)
    })
    expect(await logOf(page, 2)).toEqual(['count', 'fast-external'])
    const counts = () => page.evaluate(() => [(window as unknown as { count: number }).count, (window as unknown as { inline: number }).inline])
    expect(await counts()).toEqual([1, 1])
    expect(await page.evaluate(() => document.querySelectorAll('script[src="/count.js"]').length)).toBe(1)
    // And once at start-up with the stored decision.
    await page.reload()
    await logOf(page, 1)
    await page.waitForTimeout(50)
    expect(await counts()).toEqual([1, 1])
    await page.context().close()
  })

  it('gate by service when one is named, by category otherwise', async () => {
    const page = await open('/services')
    await page.evaluate(() => window.assent!.save({ analytics: true, hotjar: false }))
    expect(await logOf(page, 2)).toEqual(['ga4', 'analytics'])
    await page.evaluate(() => window.assent!.save({ analytics: true, marketing: true }))
    expect(await logOf(page, 4)).toEqual(['ga4', 'analytics', 'hotjar', 'marketing'])
    await page.context().close()
  })

  it('load a pixel only after the grant', async () => {
    const before = server.requests.filter((path) => path === '/pixel.gif').length
    const page = await open('/pixel')
    await page.waitForTimeout(50)
    expect(server.requests.filter((path) => path === '/pixel.gif').length).toBe(before)
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    await page.waitForFunction(() => (document.getElementById('pixel') as HTMLImageElement).complete)
    expect(server.requests.filter((path) => path === '/pixel.gif').length).toBe(before + 1)
    expect(await page.evaluate(() => (document.getElementById('pixel') as HTMLImageElement).naturalWidth)).toBe(1)
    await page.context().close()
  })

  it('reloads the page after revoking what ran, with reloadOnRevoke', async () => {
    const page = await open('/reload')
    await page.evaluate(() => window.assent!.save({ analytics: true, marketing: true }))
    await logOf(page, 1)
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))
    // Revoking something that never ran keeps the page.
    await page.evaluate(() => window.assent!.save({ analytics: true }))
    await page.waitForTimeout(100)
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1)
    await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.assent!.withdraw())])
    expect(await page.evaluate(() => [(window as unknown as { marker?: number }).marker, window.assent!.granted('analytics')])).toEqual([undefined, false])
    expect(await readLog(page)).toEqual([])
    await page.context().close()
  })
})
