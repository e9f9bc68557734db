// The consent endpoint on plain node:http, mounted under /consent/v1 next to the site's own
// routes (same origin as the pages, so the answer can also re-set the consent cookie).
//   npm run build && node examples/server/node-http.mjs   (PORT, DB, ORIGIN, ASSENT_ADMIN_TOKEN)
import { createServer } from 'node:http'
import { createHandler, scheduleRetention, sqliteStore, toNodeListener } from 'assent/server'

const store = sqliteStore(process.env.DB ?? 'consent.db')
const consentApi = toNodeListener(createHandler({
  store,
  basePath: '/consent/v1',
  origins: process.env.ORIGIN ? [process.env.ORIGIN] : [],
  adminToken: process.env.ASSENT_ADMIN_TOKEN,
  ipMode: 'truncate',
  retentionDays: 1095,
  cookie: { name: 'assent' },
}))
scheduleRetention(store, 1095)

const server = createServer((req, res) => {
  if (req.url?.startsWith('/consent/v1/') || req.url === '/consent/v1') return consentApi(req, res)
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
  res.end('<!doctype html><title>site</title><p>The site itself.</p>')
})
server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/consent/v1`)
})
process.on('SIGTERM', () => server.close(() => store.close()))
