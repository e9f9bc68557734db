// The consent endpoint mounted in an Express app at /consent/v1, beside the site's routes.
//   npm run build && node examples/server/express.mjs   (PORT, DB, ORIGIN, ASSENT_ADMIN_TOKEN)
import express from 'express'
import { createHandler, scheduleRetention, sqliteStore, toNodeListener } from 'assent/server'

const store = sqliteStore(process.env.DB ?? 'consent.db')
const consentApi = toNodeListener(createHandler({
  store,
  // app.use strips the mount path from req.url, so the handler answers at its root.
  basePath: '/',
  origins: process.env.ORIGIN ? [process.env.ORIGIN] : [],
  adminToken: process.env.ASSENT_ADMIN_TOKEN,
  cookie: { name: 'assent' },
}))
scheduleRetention(store, 1095)

const app = express()
// No body parser before it: the handler reads (and caps) the raw body itself.
app.use('/consent/v1', consentApi)
app.get('/', (_req, res) => res.type('html').send('<!doctype html><title>site</title><p>The site itself, on Express.</p>'))

const server = app.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/consent/v1`)
})
process.on('SIGTERM', () => server.close(() => store.close()))
