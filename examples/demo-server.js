// The demo site behind `npm start`: the examples as static pages, the script-tag bundle at
// /assent.js, and the consent endpoint at /consent/v1 on an embedded SQLite file, all on one
// origin (same-site, so the endpoint can also re-set the consent cookie for Safari).
import { createServer } from 'node:http'
import { mkdirSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHandler, regionFromHeaders, sqliteStore, toNodeListener } from '../dist/server.js'

const ROOT = dirname(fileURLToPath(import.meta.url))
const DIST = join(ROOT, '..', 'dist')
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.gif': 'image/gif', '.png': 'image/png',
}

/** Maps a URL path to a file: /assent.js (and its debug twin, /assent.debug.js, whose config
 * errors say why) from dist/, /spa/ and /react-vite/ from the built SPAs, the rest from examples/. */
function fileFor(path) {
  if (/^\/assent(\.debug)?\.js(\.map)?$/.test(path)) return join(DIST, path)
  if (path.startsWith('/spa/')) return join(ROOT, 'spa', 'dist', path.slice(5) || 'index.html')
  if (path.startsWith('/react-vite/')) return join(ROOT, 'react-vite', 'dist', path.slice(12) || 'index.html')
  return join(ROOT, path)
}

/**
 * The demo plays the site's CDN edge: it writes the visitor's region into the page's
 * `<meta name="assent-region">`, which the script-tag config reads (docs/regimes.md). The region
 * comes from `?region=US-CA` (the demo's switch, so one machine can be any visitor) or from an
 * X-Country / X-Region header pair; a real site takes it from its CDN's header only.
 */
function regionOf(req) {
  const asked = new URL(req.url ?? '/', 'http://localhost').searchParams.get('region')?.toUpperCase()
  if (asked && /^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(asked)) return asked
  return regionFromHeaders(req.headers, { trust: ['x-country'] }) ?? ''
}

async function serveFile(path, req, res) {
  let file = normalize(fileFor(decodeURIComponent(path)))
  if (!file.startsWith(ROOT) && !file.startsWith(DIST)) return false
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
    let body = await readFile(file)
    if (extname(file) == '.html') body = body.toString().replace('<meta name="assent-region" content="">', `<meta name="assent-region" content="${regionOf(req)}">`)
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
    res.end(body)
    return true
  } catch {
    return false
  }
}

/**
 * Starts the demo. `port` 0 picks a free one. Resolves to `{ url, close }`.
 * The consent records go to `dataDir/consent.db` (created on first run).
 */
export async function startDemo({ port = 8080, host = '127.0.0.1', dataDir = join(ROOT, '..', 'data'), adminToken } = {}) {
  mkdirSync(dataDir, { recursive: true })
  const store = sqliteStore(join(dataDir, 'consent.db'))
  let origin = ''
  let consentListener
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (path === '/consent/v1' || path.startsWith('/consent/v1/')) return consentListener(req, res)
    if (await serveFile(path, req, res)) return
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
  })
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve))
  origin = `http://${host}:${server.address().port}`
  consentListener = toNodeListener(createHandler({
    store, origins: [origin], basePath: '/consent/v1', adminToken, cookie: { name: 'assent' },
    rateLimit: { perMinute: 600 },
  }))
  return {
    url: origin,
    store,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => {
        store.close()
        resolve()
      })
    }),
  }
}
