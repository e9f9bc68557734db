#!/usr/bin/env node
// What each index of the consents table costs a durable insert: the same batch insert as the
// store's (WAL, synchronous=FULL, --batch rows per transaction, after --prefill rows) into
// tables that differ only in their indexes and in the order of their keys, with better-sqlite3
// directly (no HTTP, no dashboard counts, no erasure check: the store's own figures are
// store-alone.mjs's). The product's table (src/server/sqlite-store.ts) has two indexes whose
// keys are random UUID v4 (the record id, for idempotent retries; the subject, for export and
// erasure) and one in time order (received_at). The `time-ordered` rows give the id and subject
// a time prefix (as a UUID v7 has, RFC 9562), so that new keys land at the end of their index.
//   npm run build && node bench/store-schema.mjs [--batch 50] [--duration 4] [--prefill 50000] [--rounds 3]
// Prints records/s, CPU µs per record and the bytes this process wrote per record (WAL and
// checkpoints, from Linux's /proc/self/io), medians of the rounds,
// each round on a new file. A measurement, asserts nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sampleRecord } from './sample-record.js'
import { summarize } from './stats.js'
import { wholeNumber } from './whole-number.js'

// The root package's driver, the one the server runs.
const Database = createRequire(new URL('../package.json', import.meta.url))('better-sqlite3')

const { values } = parseArgs({ options: {
  batch: { type: 'string', default: '50' }, duration: { type: 'string', default: '4' },
  prefill: { type: 'string', default: '50000' }, rounds: { type: 'string', default: '3' },
} })
const [batch, duration, rounds] = ['batch', 'duration', 'rounds'].map((name) => wholeNumber(values, name))
const prefill = wholeNumber(values, 'prefill', 0)

const BY_SUBJECT = 'CREATE INDEX by_subject ON consents (subject, received_at)'
const BY_TIME = 'CREATE INDEX by_time ON consents (received_at)'
const variants = [
  { name: "the product's: id key, subject and time indexes", id: 'id TEXT PRIMARY KEY', indexes: [BY_SUBJECT, BY_TIME] },
  { name: 'without the subject index', id: 'id TEXT PRIMARY KEY', indexes: [BY_TIME] },
  { name: 'without the id key', id: 'id TEXT', indexes: [BY_SUBJECT, BY_TIME] },
  { name: 'without either random-key index', id: 'id TEXT', indexes: [BY_TIME] },
  { name: "the product's, id and subject time-ordered", id: 'id TEXT PRIMARY KEY', indexes: [BY_SUBJECT, BY_TIME], timeOrdered: true },
]

// A time prefix (milliseconds, hex) then random hex: sorts by creation, as a UUID v7 does.
let sequence = 0
const timeOrdered = () => `${Date.now().toString(16).padStart(12, '0')}${(sequence++ % 4096).toString(16).padStart(3, '0')}-${crypto.randomUUID().slice(15)}`

function rowOf(variant) {
  const record = sampleRecord()
  if (variant.timeOrdered) Object.assign(record, { id: timeOrdered(), subject: timeOrdered() })
  return { id: record.id, subject: record.subject, received_at: new Date().toISOString(), action: record.action, record: JSON.stringify(record) }
}

/** Bytes this process has passed to write() so far (Linux). */
const bytesWritten = () => Number(/^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))[1])

function round(variant) {
  const dir = mkdtempSync(join(tmpdir(), 'assent-store-schema-'))
  const db = new Database(join(dir, 'consents.db'))
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.exec(`CREATE TABLE consents (${variant.id}, subject TEXT NOT NULL, received_at TEXT NOT NULL, action TEXT NOT NULL, record TEXT NOT NULL)`)
    for (const sql of variant.indexes) db.exec(sql)
    const insert = db.prepare('INSERT INTO consents (id, subject, received_at, action, record) VALUES (@id, @subject, @received_at, @action, @record)')
    const commit = db.transaction((rows) => { for (const row of rows) insert.run(row) })
    for (let done = 0; done < prefill; done += 1000) commit(Array.from({ length: Math.min(1000, prefill - done) }, () => rowOf(variant)))
    db.pragma('wal_checkpoint(TRUNCATE)')
    const cpu = process.cpuUsage()
    const wrote = bytesWritten()
    const start = performance.now()
    let written = 0
    while (performance.now() - start < duration * 1000) {
      commit(Array.from({ length: batch }, () => rowOf(variant)))
      written += batch
    }
    const seconds = (performance.now() - start) / 1000
    const used = process.cpuUsage(cpu)
    return { perSecond: written / seconds, cpuUs: (used.user + used.system) / written, kbWritten: (bytesWritten() - wrote) / written / 1024 }
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const atStart = loadavg().map((n) => n.toFixed(1)).join(' ')
const results = variants.map(() => [])
for (let r = 0; r < rounds; r++) variants.forEach((variant, i) => results[i].push(round(variant)))
console.log(`${batch} rows per commit, ${duration} s after ${prefill.toLocaleString('en-US')} rows, median of ${rounds}; load average ${atStart} at start, ${loadavg().map((n) => n.toFixed(1)).join(' ')} at end\n`)
console.log("| table | records/s | / the product's | CPU µs / record | KB written / record |\n| --- | ---: | ---: | ---: | ---: |")
const median = (i, key) => summarize(results[i].map((x) => x[key])).median
variants.forEach((variant, i) => {
  console.log(`| ${variant.name} | ${Math.round(median(i, 'perSecond')).toLocaleString('en-US')} | ${(median(i, 'perSecond') / median(0, 'perSecond')).toFixed(2)}× | ${median(i, 'cpuUs').toFixed(1)} | ${median(i, 'kbWritten').toFixed(1)} |`)
})
