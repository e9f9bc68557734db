#!/usr/bin/env node
// Load test of POST /v1/consents (autocannon) against the built `assent-server`, on SQLite or
// PostgreSQL. The server runs in its own process, as in production; every request carries a
// new record (new id), so every answer is a durable insert.
//
//   npm run build && node bench/load-consents.mjs --store sqlite --duration 15 --connections 50
//   node bench/load-consents.mjs --store postgres --pg postgres://postgres@127.0.0.1:5433/assent_test
//
// autocannon comes from bench/node_modules (or AUTOCANNON_FROM, a folder with node_modules).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const ROOT = new URL('../', import.meta.url).pathname
const { values } = parseArgs({
  options: {
    store: { type: 'string', default: 'sqlite' },
    pg: { type: 'string', default: process.env.ASSENT_TEST_PG_URL },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    pipelining: { type: 'string', default: '1' },
    // Also measure a bare node:http server that reads the body and answers 201 without any
    // work: the ceiling of this machine at this moment, to read the figures against.
    baseline: { type: 'boolean', default: false },
  },
})
const from = process.env.AUTOCANNON_FROM ? join(process.env.AUTOCANNON_FROM, 'package.json') : new URL('./package.json', import.meta.url)
const autocannon = createRequire(from)('autocannon')

function makeRecord() {
  const now = Date.now()
  return JSON.stringify({
    id: crypto.randomUUID(), subject: crypto.randomUUID(), policyVersion: '2025-01-08',
    choices: { necessary: true, functional: false, analytics: true, marketing: false },
    services: { tidio: false, ga4: true, hotjar: true },
    action: 'custom', source: 'banner', signals: { doNotTrack: false, globalPrivacyControl: false },
    language: 'en', url: 'https://example.com/shop',
    createdAt: new Date(now).toISOString(), expiresAt: new Date(now + 182 * 86_400_000).toISOString(),
  })
}

function startServer(db) {
  const cli = join(ROOT, process.env.ASSENT_DIST || 'dist', 'server-cli.js')
  const child = spawn(process.execPath, [cli, '--port', '0', '--db', db, '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /listening on (\S+)/.exec(output)
      if (match) resolve({ child, url: match[1] })
    })
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
}

async function baseline() {
  const { createServer } = await import('node:http')
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"x","receivedAt":"y"}'))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const result = await autocannon({
    url: `http://127.0.0.1:${server.address().port}/v1/consents`, connections: Number(values.connections), duration: Number(values.duration),
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: makeRecord() }) }],
  })
  server.close()
  return { requestsPerSecond: Math.round(result.requests.average), latencyMs: { p50: result.latency.p50, p99: result.latency.p99 } }
}

const dir = mkdtempSync(join(process.env.BENCH_TMP || tmpdir(), 'assent-bench-'))
let db = join(dir, 'consent.db')
if (values.store === 'postgres') {
  if (!values.pg) throw new Error('--pg postgres://... (or ASSENT_TEST_PG_URL) is needed for --store postgres')
  db = values.pg
}
const { child, url } = await startServer(db)
// A short warm-up (JIT, page cache, connection pool), not counted.
await autocannon({ url: `${url}/consents`, connections: 10, duration: 2, requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: makeRecord() }) }] })
const result = await autocannon({
  url: `${url}/consents`,
  connections: Number(values.connections),
  pipelining: Number(values.pipelining),
  duration: Number(values.duration),
  requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: makeRecord() }) }],
})
child.kill('SIGTERM')
rmSync(dir, { recursive: true, force: true })

const summary = {
  store: values.store,
  connections: Number(values.connections),
  durationSeconds: Number(values.duration),
  requestsPerSecond: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  answered2xx: result['2xx'],
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
}
if (values.baseline) summary.bareNodeHttpSameMachine = await baseline()
summary.loadAverage = (await import('node:os')).loadavg().map((n) => Number(n.toFixed(1)))
console.log(JSON.stringify(summary, null, 2))
