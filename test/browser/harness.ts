// Real-Chromium test harness: Debian's chromium driven by playwright-core, pages served by a
// tiny HTTP server on 127.0.0.1 that also serves the built dist/.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'

const ROOT = new URL('../../', import.meta.url).pathname
/** The built package to serve as /dist/ (ASSENT_DIST lets parallel work use its own build). */
export const DIST = join(ROOT, process.env.ASSENT_DIST || 'dist')
const TYPES: Record<string, string> = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json', '.json': 'application/json',
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.gif': 'image/gif', '.png': 'image/png', '.svg': 'image/svg+xml',
}

/** Poll options for reading the browser's cookie store. A page's `document.cookie` write
 * reaches Chromium's cookie store (what `context.cookies()` reads) over IPC, a moment after the
 * page's own call has returned, so a read right after a decision can still see the old jar. */
export const COOKIE_STORE = { timeout: 5_000, interval: 50 }

export interface Route {
  body?: string | Buffer
  type?: string
  status?: number
  headers?: Record<string, string>
  /** Answer after this many milliseconds (a slow third-party script, say). */
  delayMs?: number
}
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>

export interface TestServer {
  url: string
  port: number
  /** Adds or replaces what a path answers. */
  route(path: string, route: Route | Handler): void
  /** Paths requested so far, in order (without query). */
  requests: string[]
  close(): Promise<void>
}

function typeOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot < 0 ? 'text/html; charset=utf-8' : TYPES[name.slice(dot)] ?? 'application/octet-stream'
}

/** Serves `routes`, plus `/dist/*` from the built package and `/examples/*` from examples/. */
export async function startServer(routes: Record<string, Route | Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes))
  const requests: string[] = []
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    requests.push(path)
    const route = table.get(path)
    if (typeof route === 'function') return void (await route(req, res))
    if (route) {
      if (route.delayMs) await new Promise((r) => setTimeout(r, route.delayMs))
      res.writeHead(route.status ?? 200, { 'content-type': route.type ?? typeOf(path), 'cache-control': 'no-store', ...route.headers })
      return void res.end(route.body ?? '')
    }
    if (path.startsWith('/dist/') || path.startsWith('/examples/')) {
      const file = path.startsWith('/dist/') ? normalize(join(DIST, path.slice(6))) : normalize(join(ROOT, path))
      if (!file.startsWith(ROOT)) return void res.writeHead(403).end()
      try {
        const body = await readFile(file)
        res.writeHead(200, { 'content-type': typeOf(file), 'cache-control': 'no-store' })
        return void res.end(body)
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, route) => void table.set(path, route),
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

export interface LaunchOptions {
  /** Extra Chromium flags, e.g. `--host-resolver-rules=MAP *.example.test 127.0.0.1`. */
  args?: string[]
  /** Keep Chromium's back/forward cache on (playwright turns it off by default). */
  backForwardCache?: boolean
}

export interface TestBrowser {
  browser: Browser
  /** A fresh context (own cookies and storage), like a new visitor. */
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>
  close(): Promise<void>
}

/** Launches Debian's Chromium with the flags this closed network needs (DESIGN.md); playwright
 * gives every launch a fresh temporary profile. */
export async function launch(options: LaunchOptions = {}): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(options.args ?? []),
    ],
    ignoreDefaultArgs: options.backForwardCache ? ['--disable-back-forward-cache'] : [],
  })
  return {
    browser,
    newContext: (contextOptions) => browser.newContext(contextOptions),
    async close() {
      await browser.close()
    },
  }
}

/** An HTML page that loads the script-tag bundle with a JSON config. */
export function bundlePage(config: unknown, body = '', head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>assent test</title>
<script type="application/json" id="assent-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/dist/assent.js"></script>${head}</head><body>${body}</body></html>`
}

declare global {
  interface Window {
    Assent: typeof import('../../src/browser')
    assent?: import('../../src/core/types').Consent
  }
}
