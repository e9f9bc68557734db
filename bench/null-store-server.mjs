// A reference row of the server bench: the built assent handler on node:http exactly as
// assent-server runs it (validation, the idempotency form, the address truncated, CORS, the JSON
// answer), with a store that answers every insert at once and keeps nothing. What it adds over
// bare node:http is the protocol's cost; what sqlite adds over it is the store's (the
// statements and the fsync). Started by load-consents.mjs --store none; prints the same
// `listening on URL` line.
import { createServer } from 'node:http'

const dist = new URL(`../${process.env.ASSENT_DIST || 'dist'}/server.js`, import.meta.url)
const { createHandler, toNodeListener } = await import(dist.href)
const store = {
  insert: async (record) => ({ status: 'created', receipt: { id: record.id, receivedAt: record.receivedAt } }),
  close: async () => {},
}
const handler = createHandler({ store, basePath: '/v1', rateLimit: false, dashboard: false })
const server = createServer(toNodeListener(handler))
// As assent-server's CLI: connections kept alive for 5 s.
server.keepAliveTimeout = 5000
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}/v1`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
