#!/usr/bin/env node
// The dashboard's queries on a large SQLite database: seeds N records (default a million) over
// 90 days as a schema 2 database (before the dashboard's counts), opens it with the built store
// (migration 3 builds the counts from the records; timed), then times each stats query as a
// median of several runs, next to the same figures grouped from the records (json_each).
//
//   npm run build && node bench/dashboard-stats.mjs [--records 1000000] [--runs 7]
//
// One run on a shared machine is a rough figure: the load average is printed with it.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { random, seedRecord } from '../scripts/seed-records.mjs'

const ROOT = new URL('../', import.meta.url).pathname
const { sqliteStore } = await import(join(ROOT, process.env.ASSENT_DIST || 'dist', 'server.js'))
const { values } = parseArgs({ options: { records: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '7' } } })
const total = Number(values.records)
const runs = Number(values.runs)
const DAY = 86_400_000
const now = Date.now()
const dir = mkdtempSync(join(tmpdir(), 'assent-bench-dashboard-'))
const path = join(dir, 'consent.db')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
async function time(label, fn) {
  const times = []
  let result
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    result = await fn()
    times.push(performance.now() - start)
  }
  console.log(`${label.padEnd(46)} median ${median(times).toFixed(1).padStart(8)} ms   (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`)
  return result
}

try {
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${(await import('node:os')).cpus().length} cores)`)
  // The real schema, then back to version 2: what a database from before the dashboard holds.
  const empty = sqliteStore(path)
  await empty.listBySubject(crypto.randomUUID())
  await empty.close()
  const db = new Database(path)
  db.exec('DROP TABLE consent_counts; PRAGMA user_version = 2;')
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF') // seeding only
  const insert = db.prepare('INSERT INTO consents (id, subject, received_at, action, record, origin, user_agent, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  const rand = random(1)
  let seedStart = performance.now()
  const chunk = 50_000
  for (let done = 0; done < total; done += chunk) {
    db.transaction(() => {
      for (let i = done; i < Math.min(total, done + chunk); i++) {
        const at = new Date(now - 90 * DAY + Math.floor(((i + rand()) / total) * 90 * DAY)).toISOString()
        const { receivedAt, origin, userAgent, ip, ...record } = seedRecord(rand, at)
        insert.run(record.id, record.subject, receivedAt, record.action, JSON.stringify(record), origin, userAgent, ip)
      }
    })()
  }
  db.close()
  console.log(`seeded ${total.toLocaleString('en-US')} records over 90 days in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; file ${(statSync(path).size / 1e6).toFixed(0)} MB`)

  seedStart = performance.now()
  const store = sqliteStore(path)
  const last = await store.lastReceivedAt()
  console.log(`migration 3 (counts built from the stored records): ${((performance.now() - seedStart) / 1000).toFixed(1)} s; file ${(statSync(path).size / 1e6).toFixed(0)} MB`)
  const day = (offset) => new Date(now - offset * DAY).toISOString().slice(0, 10)
  const rows90 = await time('counts(), 90 days (the whole table)', () => store.counts(day(89), day(0)))
  await time('counts(), 30 days', () => store.counts(day(29), day(0)))
  await time('counts(), 7 days', () => store.counts(day(6), day(0)))
  await time('receivedBetween(), last hour', () => store.receivedBetween(new Date(now - 3_600_000), new Date(now)))
  await time('receivedBetween(), same hour a week before', () => store.receivedBetween(new Date(now - 7 * DAY - 3_600_000), new Date(now - 7 * DAY)))
  await time('lastReceivedAt()', () => store.lastReceivedAt())
  await time('stats() (GET /v1/stats), 30 days', () => store.stats(day(29), day(0)))
  // What GET /v1/stats cost before it read the counts: grouping the records and their JSON.
  const raw = new Database(path, { readonly: true })
  const grants = raw.prepare(`SELECT substr(received_at, 1, 10) AS day, g.key AS category, count(*) AS count
    FROM consents, json_each(consents.record, '$.choices') AS g WHERE received_at >= ? AND received_at < ? AND g.value = 1 GROUP BY day, category`)
  await time('the same from the records (json_each), 30 days', () => grants.all(day(29), day(-1)))
  raw.close()
  // Inserts now also write the counts: a burst of 1,000 records (batched per event-loop turn).
  const burst = Array.from({ length: 1000 }, () => {
    const { receivedAt, origin, userAgent, ip, ...record } = seedRecord(rand, new Date().toISOString())
    return [{ ...record, receivedAt, origin, userAgent, ip }, JSON.stringify(record)]
  })
  const burstStart = performance.now()
  await Promise.all(burst.map(([record, canonical]) => store.insert(record, canonical)))
  console.log(`insert burst of 1,000 records (with counts): ${(performance.now() - burstStart).toFixed(0)} ms`)
  console.log(`counts rows for 90 days: ${rows90.length.toLocaleString('en-US')}; newest record ${last}`)
  await store.close()
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
