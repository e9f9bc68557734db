// Records, in one browser context (one phase), every request, which script made it, and
// which script or response set each cookie and storage key. What is in the cookie jar and in
// storage is read from the browser itself (collectStorage, context.cookies()): these hooks
// only add the "who" and the "when" that the browser's store does not keep.
import type { BrowserContext, Page } from 'playwright-core'

export interface RecordedRequest {
  url: string
  type: string
  page: string
  at: number
  initiator?: string
}

export interface Setter {
  script?: string
  at: number
}

export interface Recorder {
  requests: RecordedRequest[]
  /** cookie name -> last setter. */
  cookieSetters: Map<string, Setter>
  /** 'local:key' or 'session:key' -> last setter. */
  storageSetters: Map<string, Setter>
  /** Starts recording the initiators of this page's requests (Chromium's DevTools protocol). */
  watch(page: Page): Promise<void>
}

// Runs in every frame before the page's scripts. Wraps the document.cookie setter and
// Storage#setItem to report the first http(s) URL on the stack: the script that wrote. A
// deletion (max-age=0, or an expiry in the past) is not a write. The page sees no difference.
const HOOKS = `(() => {
  const report = window.__assentAuditWrite; if (!report) return
  const script = () => { const m = /(https?:\\/\\/[^\\s)]+?):\\d+:\\d+/.exec(new Error().stack || ''); return m ? m[1] : undefined }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')
  if (cookie && cookie.set) Object.defineProperty(Document.prototype, 'cookie', { configurable: true, enumerable: cookie.enumerable,
    get() { return cookie.get.call(this) },
    set(value) {
      try {
        const text = String(value), name = text.split('=')[0].trim()
        const expires = /;\\s*expires=([^;]*)/i.exec(text), maxAge = /;\\s*max-age=(-?\\d+)/i.exec(text)
        const gone = (maxAge && Number(maxAge[1]) <= 0) || (expires && Date.parse(expires[1]) < Date.now())
        if (!gone) report('cookie', name, script())
      } catch (e) {}
      return cookie.set.call(this, value)
    } })
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (key, value) {
    try { report(this === window.localStorage ? 'local' : 'session', String(key), script()) } catch (e) {}
    return setItem.call(this, key, value)
  }
})()`

const cookieNames = (header: string) => header.split('\n').map((line) => line.split('=')[0].trim()).filter(Boolean)

export async function record(context: BrowserContext): Promise<Recorder> {
  const requests: RecordedRequest[] = []
  const cookieSetters = new Map<string, Setter>()
  const storageSetters = new Map<string, Setter>()
  const initiators = new Map<string, string>()
  await context.exposeBinding('__assentAuditWrite', (_source, kind: string, name: string, script?: string) => {
    const setter = { script: typeof script === 'string' ? script : undefined, at: Date.now() }
    if (kind === 'cookie') cookieSetters.set(String(name), setter)
    else storageSetters.set(`${kind}:${name}`, setter)
  })
  await context.addInitScript(HOOKS)
  context.on('request', (request) => {
    const url = request.url()
    if (!/^https?:/.test(url)) return
    let page = ''
    try {
      page = request.frame().page().url()
    } catch {
      // a service worker's request has no frame
    }
    requests.push({ url, type: request.resourceType(), page, at: Date.now(), initiator: initiators.get(url) })
  })
  context.on('response', (response) => {
    void response.headerValue('set-cookie').then((header) => {
      if (header) for (const name of cookieNames(header)) cookieSetters.set(name, { script: response.url(), at: Date.now() })
    }, () => {})
  })
  return {
    requests, cookieSetters, storageSetters,
    async watch(page) {
      try {
        const session = await context.newCDPSession(page)
        session.on('Network.requestWillBeSent', (event) => {
          const { initiator, request } = event
          const frame = initiator.stack?.callFrames.find((call) => /^https?:/.test(call.url))
          const by = frame?.url ?? (initiator.url && /^https?:/.test(initiator.url) ? initiator.url : undefined)
          if (!by) return
          initiators.set(request.url, by)
          // The request event may have come first: fill the initiator in afterwards.
          for (let i = requests.length - 1; i >= 0 && i >= requests.length - 50; i--) {
            if (requests[i].url === request.url && !requests[i].initiator) requests[i].initiator = by
          }
        })
        await session.send('Network.enable')
      } catch {
        // Not Chromium's protocol (or the page is gone): requests keep no initiator.
      }
    },
  }
}

/** The page's localStorage and sessionStorage keys; none when the page is gone or blocks it. */
export async function collectStorage(page: Page): Promise<{ area: 'local' | 'session'; key: string }[]> {
  try {
    return await page.evaluate(() => {
      const keys = (area: 'local' | 'session', store: Storage) => Object.keys(store).map((key) => ({ area, key }))
      try {
        return [...keys('local', localStorage), ...keys('session', sessionStorage)]
      } catch {
        return []
      }
    })
  } catch {
    return []
  }
}
