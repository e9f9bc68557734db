#!/usr/bin/env node
// Load test of POST /v1/consents (autocannon) against the built `assent-server`, on SQLite
// and/or PostgreSQL, and (--baseline) a bare node:http server in the same run: the ceiling of
// this machine at this moment. Every server runs in its own process, as in production; every
// request carries a new record (new id), so every assent answer is a durable insert.
//
//   npm run build && node bench/load-consents.mjs --store sqlite --duration 10 --connections 50 --baseline
//   node bench/load-consents.mjs --store sqlite,postgres --baseline --rounds 3 --pg postgres://postgres@127.0.0.1:5433/postgres
//
// --store none: the same handler with a store that keeps nothing (bench/null-store-server.mjs),
// so that the table splits assent's cost into the protocol's (none / bare) and the store's
// (sqlite / none).
//
// --ab DIR: an A/B of two builds in one run (the default build, or ASSENT_DIST's, against DIR's).
// Rounds alternate the order of the servers.
//
// Every round starts each store empty: a new SQLite file; in PostgreSQL (--pg or
// ASSENT_TEST_PG_URL names the cluster) a database of the bench's own, assent_bench_<time>,
// dropped at the end (--pg-reuse: the URL's database as it is, rows and all). autocannon comes from bench/node_modules (or AUTOCANNON_FROM).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sampleRecord } from './sample-record.js'

const ROOT = new URL('../', import.meta.url).pathname
const USAGE = 'usage: node bench/load-consents.mjs [--store sqlite|sqlite-thread|postgres|none (comma-separated)] [--pg URL] [--pg-reuse] [--duration S] [--connections N] [--pipelining N] [--baseline] [--rounds N] [--ab DIR] [--cpu-prof DIR]'
let values
try {
  ;({ values } = parseArgs({
    options: {
      store: { type: 'string', default: 'sqlite' },
      pg: { type: 'string', default: process.env.ASSENT_TEST_PG_URL },
      'pg-reuse': { type: 'boolean', default: false },
      duration: { type: 'string', default: '15' },
      connections: { type: 'string', default: '50' },
      pipelining: { type: 'string', default: '1' },
      baseline: { type: 'boolean', default: false },
      // Each round measures every target once, in the same order; the summary takes medians.
      rounds: { type: 'string', default: '1' },
      // A/B of two builds: every store also runs from DIR (relative to the repository root, like
      // ASSENT_DIST), in the same rounds; the table adds each B / A ratio.
      ab: { type: 'string' },
      // Profile every server process (node --cpu-prof, one .cpuprofile per process in DIR).
      'cpu-prof': { type: 'string' },
    },
  }))
} catch (error) {
  console.error(`${error.message}\n${USAGE}`)
  process.exit(2)
}
const usage = (message) => {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}
const positive = (name) => {
  const n = Number(values[name])
  if (!Number.isInteger(n) || n < 1) usage(`--${name} must be a whole number of at least 1, got ${JSON.stringify(values[name])}`)
  return n
}
const duration = positive('duration')
const connections = positive('connections')
const pipelining = positive('pipelining')
const rounds = positive('rounds')
const stores = values.store.split(',').map((s) => s.trim())
for (const store of stores) if (!['sqlite', 'sqlite-thread', 'postgres', 'none'].includes(store)) usage(`--store must be sqlite, sqlite-thread, postgres, none or several (comma-separated), got ${JSON.stringify(store)}`)
if (stores.includes('postgres') && !values.pg) usage('--store postgres needs --pg postgres://... (or ASSENT_TEST_PG_URL)')

const from = process.env.AUTOCANNON_FROM ? join(process.env.AUTOCANNON_FROM, 'package.json') : new URL('./package.json', import.meta.url)
const autocannon = createRequire(from)('autocannon')

const makeRecord = () => JSON.stringify(sampleRecord())

/** Starts a server process that prints `listening on URL`; resolves with the child and URL. */
function startProcess(args, env = {}) {
  const profile = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : []
  const child = spawn(process.execPath, [...profile, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /listening on (\S+)/.exec(output)
      if (match) resolve({ child, url: match[1] })
    })
    child.on('exit', (code) => reject(new Error(`${args[0]} exited with ${code} before listening`)))
  })
}

/** CPU time (user + system, all threads) of a process so far, from /proc (Linux), in ms. */
function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN
  }
}

const stop = (child) => new Promise((resolve) => {
  if (child.exitCode !== null) return resolve()
  child.once('exit', () => resolve())
  child.kill('SIGTERM')
})

const post = (url, c, seconds) => autocannon({
  url: `${url}/consents`, connections: c, pipelining, duration: seconds,
  requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: makeRecord() }) }],
})

/** One measured run against a fresh server process, after a 2 s warm-up (JIT, page cache, pool). */
async function measure(target, round) {
  const { child, url } = await startProcess(await target.args(round), target.env)
  try {
    await post(url, 10, 2)
    const before = { server: processCpuMs(child.pid), bench: process.cpuUsage() }
    const result = await post(url, connections, duration)
    const benchCpu = process.cpuUsage(before.bench)
    const serverCpuMs = processCpuMs(child.pid) - before.server
    const answered = result.requests.total || 1
    return {
      requestsPerSecond: Math.round(result.requests.average),
      // CPU per answered request: the server process (all its threads) and this process, which
      // runs autocannon and makes each record (the load generator shares the machine's cores).
      cpuUsPerRequest: { server: Math.round((serverCpuMs * 1000) / answered), loadGenerator: Math.round((benchCpu.user + benchCpu.system) / answered) },
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      answered2xx: result['2xx'], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
    }
  } finally {
    await stop(child)
  }
}

// PostgreSQL: an empty database of the bench's own, so that runs compare alike and nothing of
// another test's database is touched. pg comes from the repository's node_modules.
async function freshPostgres(url) {
  const pg = createRequire(join(ROOT, 'package.json'))('pg')
  const name = `assent_bench_${Date.now()}`
  const admin = new pg.Client({ connectionString: url })
  try {
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
  } catch (error) {
    throw new Error(`--pg ${url}: cannot create the bench's database ${name}: ${error.message || error.code}`)
  } finally {
    await admin.end().catch(() => {})
  }
  const target = new URL(url)
  target.pathname = `/${name}`
  return {
    url: target.href,
    async drop() {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

const builds = [{ dist: process.env.ASSENT_DIST || 'dist', suffix: '' }]
if (values.ab) builds.push({ dist: values.ab, suffix: ` (B: ${values.ab})` })
const dir = mkdtempSync(join(process.env.BENCH_TMP || tmpdir(), 'assent-bench-'))
const cleanups = [() => rmSync(dir, { recursive: true, force: true })]
const targets = []
try {
  const database = async (store, round, build) => {
    if (store.startsWith('sqlite')) return join(dir, `${store}-${build}-${round}.db`)
    if (values['pg-reuse']) return values.pg
    const fresh = await freshPostgres(values.pg)
    cleanups.push(fresh.drop)
    return fresh.url
  }
  for (const store of stores) {
    for (const [build, { dist, suffix }] of builds.entries()) {
      const env = { ASSENT_DIST: dist }
      // none: the assent handler with a store that keeps nothing (bench/null-store-server.mjs).
      if (store === 'none') {
        targets.push({ name: `none${suffix}`, env, args: async () => [new URL('./null-store-server.mjs', import.meta.url).pathname] })
        continue
      }
      // sqlite-thread: the same SQLite store with its inserts on a worker thread (--sqlite-writer thread).
      const writer = store === 'sqlite-thread' ? ['--sqlite-writer', 'thread'] : []
      const cli = join(ROOT, dist, 'server-cli.js')
      targets.push({ name: `${store}${suffix}`, env, args: async (round) => [cli, '--port', '0', '--db', await database(store, round, build), '--rate-limit', '0', ...writer] })
    }
  }
  if (values.baseline) targets.push({ name: 'bare node:http', args: async () => [new URL('./bare-http-server.mjs', import.meta.url).pathname] })

  const loadAverageAtStart = loadavg().map((n) => Number(n.toFixed(1)))
  const runs = Object.fromEntries(targets.map((t) => [t.name, []]))
  for (let round = 1; round <= rounds; round++) {
    // Every other round in reverse order, so that neither side of a pair always goes first.
    for (const target of round % 2 ? targets : [...targets].reverse()) {
      console.error(`round ${round}/${rounds}: ${target.name} (${duration} s, ${connections} connections)`)
      runs[target.name].push(await measure(target, round))
    }
  }
  const median = (list) => {
    const sorted = [...list].sort((a, b) => a - b)
    const mid = sorted.length >> 1
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
  const summary = Object.fromEntries(targets.map(({ name }) => [name, {
    requestsPerSecond: Math.round(median(runs[name].map((r) => r.requestsPerSecond))),
    p50Ms: median(runs[name].map((r) => r.latencyMs.p50)),
    p99Ms: median(runs[name].map((r) => r.latencyMs.p99)),
    serverCpuUs: median(runs[name].map((r) => r.cpuUsPerRequest.server)),
    loadGeneratorCpuUs: median(runs[name].map((r) => r.cpuUsPerRequest.loadGenerator)),
    // Every answer should be a 201: anything else is reported, not hidden in the rate.
    non2xx: runs[name].reduce((n, r) => n + r.non2xx, 0),
    errors: runs[name].reduce((n, r) => n + r.errors + r.timeouts, 0),
  }]))
  const bare = summary['bare node:http']
  /** CPU µs per request of a server and the load generator together. */
  const cpuPerRequest = (s) => s.serverCpuUs + s.loadGeneratorCpuUs
  /** Cores kept busy by a server and the load generator together (of the machine's). */
  const coresBusy = (s) => (s.requestsPerSecond * cpuPerRequest(s)) / 1e6
  const ratios = {}
  for (const store of stores) {
    if (bare) ratios[`${store} / bare node:http`] = Number((summary[store].requestsPerSecond / bare.requestsPerSecond).toFixed(2))
  }
  if (summary.sqlite && summary['sqlite-thread']) ratios['sqlite-thread / sqlite'] = Number((summary['sqlite-thread'].requestsPerSecond / summary.sqlite.requestsPerSecond).toFixed(2))
  if (values.ab) for (const store of stores) ratios[`${store}${builds[1].suffix} / ${store}`] = Number((summary[`${store}${builds[1].suffix}`].requestsPerSecond / summary[store].requestsPerSecond).toFixed(2))
  if (summary.none && summary.sqlite) ratios['sqlite / none'] = Number((summary.sqlite.requestsPerSecond / summary.none.requestsPerSecond).toFixed(2))
  if (summary.sqlite && summary.postgres) ratios['postgres / sqlite'] = Number((summary.postgres.requestsPerSecond / summary.sqlite.requestsPerSecond).toFixed(2))
  const report = {
    connections, durationSeconds: duration, pipelining, rounds, summary, ratios, runs,
    loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg().map((n) => Number(n.toFixed(1))) },
  }

  const rows = targets.map(({ name }) => {
    const s = summary[name]
    const ratio = bare && name !== 'bare node:http' ? `${(s.requestsPerSecond / bare.requestsPerSecond).toFixed(2)}×` : ''
    return `| ${name} | ${s.requestsPerSecond.toLocaleString('en-US')} | ${s.p50Ms} ms | ${s.p99Ms} ms | ${ratio} | ${s.serverCpuUs} | ${s.loadGeneratorCpuUs} | ${coresBusy(s).toFixed(2)} | ${s.non2xx} | ${s.errors} |`
  })
  // What the CPU figures allow: the machine's cores are shared by the server and the load
  // generator, so a server that kept them as busy as bare node:http does would reach the ratio
  // of their CPU per request; and at 0.6x of bare (issue 19) a server may spend what is left of
  // bare's per-request CPU over 0.6 once its load generator's share is paid.
  const ceilings = bare ? stores.map((store) => {
    const s = summary[store]
    const budget = cpuPerRequest(bare) / 0.6 - s.loadGeneratorCpuUs
    return `- ${store}: ${(cpuPerRequest(bare) / cpuPerRequest(s)).toFixed(2)}× if CPU-bound; at 0.6× its server may spend ${Math.round(budget)} µs per record, it spent ${s.serverCpuUs}`
  }) : []
  console.log([
    `${connections} connections, ${duration} s, median of ${rounds} round(s); load average ${loadAverageAtStart.join(' ')} at start, ${report.loadAverage.atEnd.join(' ')} at end`,
    '',
    '| server | records or requests/s | p50 | p99 | / bare node:http | server CPU µs / request | load generator CPU µs / request | cores busy (both) | non-2xx | errors + timeouts |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ...(ceilings.length ? ['', 'The ceiling of each server on these cores, from its CPU per request against bare node:http\'s (server and load generator):', ...ceilings] : []),
    ...(ratios['postgres / sqlite'] !== undefined ? ['', `postgres / sqlite: ${ratios['postgres / sqlite'].toFixed(2)}×`] : []),
    ...(ratios['sqlite-thread / sqlite'] !== undefined ? ['', `sqlite-thread / sqlite: ${ratios['sqlite-thread / sqlite'].toFixed(2)}×`] : []),
    ...(ratios['sqlite / none'] !== undefined ? ['', `sqlite / none (the store's share): ${ratios['sqlite / none'].toFixed(2)}×`] : []),
    ...(values.ab ? ['', ...stores.map((store) => `${store}${builds[1].suffix} / ${store}: ${ratios[`${store}${builds[1].suffix} / ${store}`].toFixed(2)}×`)] : []),
    '',
    JSON.stringify(report, null, 2),
  ].join('\n'))
} catch (error) {
  console.error(`load-consents: ${error.message}`)
  process.exitCode = 1
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve().then(cleanup).catch((error) => console.error(`cleanup: ${error.message}`))
}
