// A small static server on 127.0.0.1: /p/<tool> is the tool's page, /t/<tool>/<file> its files.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json' }

export async function startStaticServer(tools) {
  const byId = new Map(tools.map((tool) => [tool.id, tool]))
  /** Paths requested, per tool id, for the check that each page loads exactly its listed files. */
  const requested = new Map()
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname
    const [, kind, id, ...rest] = path.split('/')
    const tool = byId.get(id)
    try {
      if (kind === 'p' && tool && rest.length === 0) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' })
        return void res.end(tool.html())
      }
      if (kind === 't' && tool) {
        // A variant (tools.js) holds only the files it changes; the others come from its fallback.
        let body
        let file
        for (const dir of [tool.dir(), ...(tool.fallbackDir ? [tool.fallbackDir()] : [])]) {
          file = normalize(join(dir, ...rest))
          if (!file.startsWith(dir)) throw new Error('outside')
          body = await readFile(file).catch(() => null)
          if (body) break
        }
        if (!body) throw new Error('not found')
        requested.get(id)?.add(rest.join('/'))
        const dot = file.lastIndexOf('.')
        // Cacheable like a CDN file; every run uses a fresh browser context, so a fresh cache.
        res.writeHead(200, { 'content-type': TYPES[file.slice(dot)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' })
        return void res.end(body)
      }
    } catch {
      // 404 below
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    /** Starts recording the files requested for one tool; returns the set being filled. */
    record(id) {
      const set = new Set()
      requested.set(id, set)
      return set
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
