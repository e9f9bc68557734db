// The consent endpoint in a Web-standard runtime: the handler is (Request) => Response, so it
// is the runtime's `fetch` as is. Only the client address needs the runtime's own API.
//
//   Bun:   bun examples/server/web-standard.mjs          (uses `export default { fetch }`)
//   Deno:  Deno.serve((request, info) => handler(request, { remoteAddress: info.remoteAddr.hostname }))
//   Node:  node examples/server/web-standard.mjs --node   (through toNodeListener)
//
// SQLite needs a runtime with Node's native modules (Node, Bun, Deno with npm: specifiers). On
// an edge runtime without a file system, pass your own `store` (the ConsentStore interface:
// insert, listBySubject, deleteSubject, stats, purgeOlderThan, close), or postgresStore where
// TCP sockets are available.
import { createServer } from 'node:http'
import { createHandler, sqliteStore, toNodeListener } from 'assent/server'

export const handler = createHandler({
  store: sqliteStore(process.env.DB ?? 'consent.db'),
  basePath: '/v1',
  origins: (process.env.ORIGINS ?? '').split(',').filter(Boolean),
  adminToken: process.env.ASSENT_ADMIN_TOKEN,
})

export default {
  // Bun passes the server as the second argument; it knows the peer address.
  fetch: (request, server) => handler(request, { remoteAddress: server?.requestIP?.(request)?.address }),
}

if (process.argv.includes('--node')) {
  const server = createServer(toNodeListener(handler)).listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${server.address().port}/v1`)
  })
}
