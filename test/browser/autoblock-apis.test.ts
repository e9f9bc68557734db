// autoblock in real Chromium, script by script: every way a script adds an element or sends a
// request, held or refused while not granted, and the page's own use of the patched APIs kept
// (return values, exceptions, instanceof, listeners); release once, in the order held;
// data-assent-ignore; marked-up gating beside it, never twice. One local host,
// tags.tracker.test, stands in for a tracker (routed in the browser).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'

const TRACKER = 'https://tags.tracker.test'
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
const CONFIG = {
  policy: { version: '1' },
  categories: { necessary: { required: true }, marketing: { services: { tracker: { hosts: ['*.tracker.test'] } } } },
  ui: false,
  autoblock: true,
}
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>apis</title>
<script type="application/json" id="assent-config">${JSON.stringify(CONFIG)}</script>
<script src="/dist/assent.js"></script></head><body><main id="app"><p id="first">first</p></main></body></html>`

let browser: TestBrowser
let server: TestServer
let context: BrowserContext
let page: Page
/** Paths asked of the tracker host, in order. */
let asked: string[]

beforeAll(async () => {
  browser = await launch()
  const page = (config: object) => ({ body: PAGE.replace(JSON.stringify(CONFIG), JSON.stringify({ ...CONFIG, ...config })) })
  server = await startServer({
    '/': { body: PAGE },
    '/same-origin.json': { body: '{"ok":true}', type: 'application/json' },
    '/bad-rule': page({ autoblock: { rules: { nope: ['x.example'] } } }),
    '/bad-gate': page({ gate: { reloadOnRevok: true } }),
    // Tags in the HTML after the bundle, not marked up: a stylesheet and an image.
    '/parser-tags': { body: PAGE.replace('</head>', `<link rel="stylesheet" href="${TRACKER}/parser.css"></head>`).replace('</main>', `<img id="parsed" alt="" src="${TRACKER}/parser.gif"></main>`) },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})
beforeEach(async () => {
  await context?.close()
  context = await browser.newContext()
  asked = []
  await context.route(`${TRACKER}/**`, (route) => {
    const path = new URL(route.request().url()).pathname
    asked.push(path)
    if (path.endsWith('.gif')) return route.fulfill({ status: 200, contentType: 'image/gif', body: GIF })
    if (path.endsWith('.css')) return route.fulfill({ status: 200, contentType: 'text/css', body: 'body { --tracked: 1 }' })
    if (path.endsWith('.html')) return route.fulfill({ status: 200, contentType: 'text/html', body: '<p id="framed">framed</p>' })
    route.fulfill({ status: 200, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' }, body: `(window.ran = window.ran || []).push(${JSON.stringify(path)})` })
  })
  page = await context.newPage()
  await page.goto(server.url + '/')
})

const ran = () => page.evaluate(() => (window as unknown as { ran?: string[] }).ran ?? [])
const grant = () => page.evaluate(() => window.assent!.acceptAll())

describe('elements that the parser inserts', () => {
  it('holds a stylesheet and an image written in the HTML (the preload scanner asked for them, nothing applies) and applies them on grant', async () => {
    await page.goto(server.url + '/parser-tags')
    await page.waitForLoadState('load')
    await page.waitForTimeout(300)
    const state = () => page.evaluate(() => ({
      tracked: getComputedStyle(document.body).getPropertyValue('--tracked'),
      image: (document.getElementById('parsed') as HTMLImageElement).naturalWidth,
      held: [...document.querySelectorAll('[data-assent-held]')].map((element) => element.localName),
    }))
    expect(await state()).toEqual({ tracked: '', image: 0, held: ['link', 'img'] })
    // What Chromium's preload scanner fetched before any script could act (docs/autoblock.md):
    // only these two, and neither is in use.
    expect([...new Set(asked)].sort()).toEqual(['/parser.css', '/parser.gif'])
    await grant()
    await expect.poll(state).toEqual({ tracked: '1', image: 1, held: [] })
  })
})

describe('elements that scripts add', () => {
  it('holds a script through every insertion method and runs each once, in the order held, on grant', async () => {
    const results = await page.evaluate((tracker) => {
      const app = document.getElementById('app')!
      const first = document.getElementById('first')!
      const make = (name: string) => {
        const script = document.createElement('script')
        script.src = `${tracker}/${name}.js`
        return script
      }
      const results: Record<string, unknown> = {}
      const a = make('appendChild')
      results.appendChild = app.appendChild(a) === a
      const b = make('insertBefore')
      results.insertBefore = app.insertBefore(b, first) === b
      app.append(make('append'))
      app.prepend(make('prepend'))
      first.before(make('before'))
      first.after(make('after'))
      const old = document.createElement('span')
      app.append(old)
      old.replaceWith(make('replaceWith'))
      const old2 = document.createElement('span')
      app.append(old2)
      const c = make('replaceChild')
      results.replaceChild = app.replaceChild(c, old2) === old2
      const d = document.createElement('script')
      d.setAttribute('src', `${tracker}/setAttribute.js`)
      const fragment = document.createDocumentFragment()
      fragment.append(d)
      document.head.appendChild(fragment)
      const e = document.createElement('script')
      results.insertAdjacentElement = app.insertAdjacentElement('beforeend', e) === e
      e.src = `${tracker}/src-when-connected.js` // a connected script that had no src
      results.srcReadBack = a.src
      results.instance = a instanceof HTMLScriptElement && a instanceof Element
      results.held = document.querySelectorAll('script[data-assent-held="tracker"]').length
      // The page's own listener on the element it made.
      a.addEventListener('load', () => ((window as unknown as { loaded: number }).loaded = ((window as unknown as { loaded?: number }).loaded ?? 0) + 1))
      return results
    }, TRACKER)
    expect(results).toEqual({
      appendChild: true, insertBefore: true, replaceChild: true, insertAdjacentElement: true,
      srcReadBack: `${TRACKER}/appendChild.js`, instance: true, held: 10,
    })
    await page.waitForTimeout(300)
    expect(asked).toEqual([])
    expect(await ran()).toEqual([])
    await grant()
    await page.waitForFunction(() => (window as unknown as { ran?: string[] }).ran?.length == 10)
    await page.waitForTimeout(200)
    expect(await ran()).toEqual(['/appendChild.js', '/insertBefore.js', '/append.js', '/prepend.js', '/before.js', '/after.js', '/replaceWith.js', '/replaceChild.js', '/setAttribute.js', '/src-when-connected.js'])
    expect(await page.evaluate(() => (window as unknown as { loaded: number }).loaded)).toBe(1)
    expect(await page.locator('[data-assent-held]').count()).toBe(0)
    // Each ran where it was put: the same elements, in their places.
    expect(await page.evaluate(() => [...document.getElementById('app')!.children].map((element) => (element as HTMLScriptElement).src?.replace(/^.*\//, '/') || element.id))).toEqual([
      '/prepend.js', '/insertBefore.js', '/before.js', 'first', '/after.js', '/appendChild.js', '/append.js', '/replaceWith.js', '/replaceChild.js', '/src-when-connected.js',
    ])
  })

  it('holds iframes, images and stylesheets, also from innerHTML, insertAdjacentHTML, outerHTML and new Image(), and loads them once on grant', async () => {
    const readBack = await page.evaluate((tracker) => {
      const app = document.getElementById('app')!
      app.innerHTML = `<iframe id="frame" src="${tracker}/embed.html"></iframe><img id="inner-img" src="${tracker}/inner.gif" alt=""><link rel="stylesheet" href="${tracker}/inner.css">`
      app.insertAdjacentHTML('beforeend', `<img id="adjacent" src="${tracker}/adjacent.gif" alt="">`)
      app.insertAdjacentHTML('afterend', `<iframe src="${tracker}/adjacent.html"></iframe>`)
      app.insertAdjacentHTML('afterbegin', '<span id="outer">to replace</span>')
      document.getElementById('outer')!.outerHTML = `<img src="${tracker}/outer.gif" alt="">`
      const image = new Image()
      image.src = `${tracker}/new-image.gif`
      ;(window as unknown as { image: HTMLImageElement }).image = image
      const iframe = document.createElement('iframe')
      app.append(iframe)
      iframe.setAttribute('src', `${tracker}/set-on-connected.html`)
      const link = document.createElement('link')
      link.rel = 'stylesheet'
      link.href = `${tracker}/made.css`
      document.head.append(link)
      return [image.src, link.href, document.querySelectorAll('[data-assent-held]').length]
    }, TRACKER)
    expect(readBack).toEqual([`${TRACKER}/new-image.gif`, `${TRACKER}/made.css`, 8])
    await page.waitForTimeout(400)
    expect(asked).toEqual([])
    await grant()
    await expect.poll(() => asked.slice().sort(), { timeout: 5000 }).toEqual(['/adjacent.gif', '/adjacent.html', '/embed.html', '/inner.css', '/inner.gif', '/made.css', '/new-image.gif', '/outer.gif', '/set-on-connected.html'])
    await expect.poll(() => page.evaluate(() => (window as unknown as { image: HTMLImageElement }).image.naturalWidth)).toBe(1)
    await expect.poll(() => page.frame({ url: `${TRACKER}/embed.html` })?.locator('#framed').count()).toBe(1)
    expect(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--tracked'))).toBe('1')
    await page.waitForTimeout(300)
    expect(asked).toHaveLength(9) // once each
  })

  it('lets an element with data-assent-ignore load, and leaves the page its exceptions', async () => {
    const result = await page.evaluate((tracker) => {
      const script = document.createElement('script')
      script.dataset.assentIgnore = ''
      script.src = `${tracker}/ignored.js`
      document.body.append(script)
      const errors: string[] = []
      for (const attempt of [
        () => document.body.appendChild(null as unknown as Node),
        () => document.body.insertBefore(document.createElement('script'), document.createElement('p')),
        () => document.createElement('p').setAttribute('in valid', 'x'),
        () => document.body.insertAdjacentHTML('nowhere' as InsertPosition, `<img src="${tracker}/nowhere.gif">`),
        () => {
          const image = document.body.appendChild(new Image())
          ;(image.setAttribute as (...args: unknown[]) => void).call(image, 'src')
        },
      ]) {
        try {
          attempt()
        } catch (error) {
          errors.push((error as Error).name + (/2 arguments required/.test((error as Error).message) ? ' (2 arguments)' : ''))
        }
      }
      return errors
    }, TRACKER)
    expect(result).toEqual(['TypeError', 'NotFoundError', 'InvalidCharacterError', 'SyntaxError', 'TypeError (2 arguments)'])
    await expect.poll(ran).toEqual(['/ignored.js'])
  })

  it('runs a marked-up tag beside autoblock once, by the gate, and not again on grant', async () => {
    await page.evaluate((tracker) => {
      document.body.insertAdjacentHTML('beforeend', '<div id="slot"></div>')
      const gated = document.createElement('script')
      gated.type = 'text/plain'
      gated.dataset.assent = 'marketing'
      gated.dataset.assentSrc = `${tracker}/marked-up.js`
      document.getElementById('slot')!.append(gated)
    }, TRACKER)
    await page.waitForTimeout(200)
    expect(asked).toEqual([])
    await grant()
    await expect.poll(ran).toEqual(['/marked-up.js'])
    await page.waitForTimeout(300)
    expect(asked).toEqual(['/marked-up.js'])
  })

  it('holds again after a revoke', async () => {
    await grant()
    await page.evaluate(() => window.assent!.rejectAll())
    await page.evaluate((tracker) => {
      const script = document.createElement('script')
      script.src = `${tracker}/after-revoke.js`
      document.body.append(script)
    }, TRACKER)
    await page.waitForTimeout(300)
    expect(asked).toEqual([])
  })
})

describe('requests', () => {
  it('refuses fetch, XMLHttpRequest and sendBeacon to held hosts as failed requests, and lets others through', async () => {
    const result = await page.evaluate(async (tracker) => {
      const fetched = await fetch(`${tracker}/collect`, { method: 'POST', body: 'x' }).then(() => 'resolved', (error) => `${error.constructor.name}: ${error.message}`)
      const request = await fetch(new Request(`${tracker}/collect`)).then(() => 'resolved', (error) => error.name)
      const own = await fetch('/same-origin.json').then(async (response) => response instanceof Response && (await response.json()).ok)
      const xhr = await new Promise<string[]>((resolve) => {
        const x = new XMLHttpRequest()
        const events: string[] = []
        x.open('POST', `${tracker}/xhr`)
        for (const type of ['error', 'load', 'loadend']) x.addEventListener(type, () => {
          events.push(`${type}:${x.readyState}:${x.status}`)
          if (type == 'loadend') resolve(events)
        })
        x.send('data')
      })
      let sync = 'sent'
      try {
        const x = new XMLHttpRequest()
        x.open('GET', `${tracker}/sync`, false)
        x.send()
      } catch (error) {
        sync = (error as Error).name
      }
      const beacon = navigator.sendBeacon(`${tracker}/beacon`, 'x')
      const ownBeacon = navigator.sendBeacon('/same-origin.json', 'x')
      return { fetched, request, own, xhr, sync, beacon, ownBeacon }
    }, TRACKER)
    expect(result).toEqual({
      fetched: 'TypeError: Failed to fetch', request: 'TypeError', own: true,
      xhr: ['error:4:0', 'loadend:4:0'], sync: 'NetworkError', beacon: false, ownBeacon: true,
    })
    await page.waitForTimeout(300)
    expect(asked).toEqual([])
    await grant()
    const after = await page.evaluate(async (tracker) => [
      await fetch(`${tracker}/collect`).then((response) => response.status),
      navigator.sendBeacon(`${tracker}/beacon`, 'x'),
    ], TRACKER)
    expect(after).toEqual([200, true])
  })
})

describe('a config error', () => {
  for (const [path, field] of [['/bad-rule', 'autoblock.rules.nope'], ['/bad-gate', 'gate.reloadOnRevok']]) {
    it(`names the field (${field}) and leaves no API patched`, async () => {
      const errors: string[] = []
      page.on('console', (message) => message.type() == 'error' && errors.push(message.text()))
      await page.goto(server.url + path)
      expect(errors.join('\n')).toContain(field)
      const native = await page.evaluate(() => [fetch, Node.prototype.appendChild, Element.prototype.setAttribute, Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!.set!, Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!]
        .map((fn) => /\[native code\]/.test(Function.prototype.toString.call(fn))))
      expect(native).toEqual([true, true, true, true, true])
      expect(await page.evaluate(() => window.assent)).toBeUndefined()
    })
  }
})
