#!/usr/bin/env node
// The SQLite store on its own, without HTTP: what a durable insert costs in assent's store
// (the row, the counts, the batch transaction with its erasure check, the WAL's fsync), the
// part of `load-consents.mjs`'s server that no protocol work could take away. In this process,
// from the build: `sqliteStore(file, { writer })` filled with --prefill records, then
// --clients inserts kept in flight (each client inserts its next record once the last one was
// committed, like the load test's connections) for --duration seconds.
//   npm run build && node bench/store-alone.mjs [--writer event-loop,thread] [--clients 50] [--duration 5] [--prefill 50000] [--rounds 3]
// Prints records/s, CPU µs per record (this process, all threads, making the records included:
// about a tenth of it in a profile) and insert latency, medians of the rounds, each round on a
// new file. A measurement, asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sampleRecord } from './sample-record.js'
import { summarize } from './stats.js'
import { wholeNumber } from './whole-number.js'

const { values } = parseArgs({ options: {
  writer: { type: 'string', default: 'event-loop,thread' }, clients: { type: 'string', default: '50' },
  duration: { type: 'string', default: '5' }, prefill: { type: 'string', default: '50000' }, rounds: { type: 'string', default: '3' },
} })
const [clients, duration, rounds] = ['clients', 'duration', 'rounds'].map((name) => wholeNumber(values, name))
const prefill = wholeNumber(values, 'prefill', 0)
const writers = values.writer.split(',')
for (const writer of writers) if (writer !== 'event-loop' && writer !== 'thread') throw new Error(`--writer must be event-loop, thread or both, got ${JSON.stringify(writer)}`)
const { sqliteStore } = await import(new URL(`../${process.env.ASSENT_DIST || 'dist'}/server.js`, import.meta.url).href)

function storedRecord() {
  const record = sampleRecord()
  const stored = { ...record, receivedAt: new Date().toISOString(), origin: 'https://example.com', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36', ip: null }
  return [stored, JSON.stringify(record)]
}

async function round(writer) {
  const dir = mkdtempSync(join(tmpdir(), 'assent-store-alone-'))
  const store = sqliteStore(join(dir, 'consents.db'), { writer })
  try {
    for (let done = 0; done < prefill; done += 500) await Promise.all(Array.from({ length: Math.min(500, prefill - done) }, () => store.insert(...storedRecord())))
    const latencies = []
    const cpu = process.cpuUsage()
    const start = performance.now()
    const end = start + duration * 1000
    const client = async () => {
      while (performance.now() < end) {
        const t = performance.now()
        const result = await store.insert(...storedRecord())
        if (result.status !== 'created') throw new Error(`insert answered ${result.status}`)
        latencies.push(performance.now() - t)
      }
    }
    await Promise.all(Array.from({ length: clients }, client))
    const seconds = (performance.now() - start) / 1000
    const used = process.cpuUsage(cpu)
    latencies.sort((a, b) => a - b)
    return { perSecond: latencies.length / seconds, cpuUs: (used.user + used.system) / latencies.length, p50: latencies[latencies.length >> 1], p99: latencies[Math.floor(latencies.length * 0.99)] }
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const atStart = loadavg().map((n) => n.toFixed(1)).join(' ')
const results = Object.fromEntries(writers.map((w) => [w, []]))
for (let r = 0; r < rounds; r++) for (const writer of r % 2 ? [...writers].reverse() : writers) results[writer].push(await round(writer))
console.log(`${clients} inserts in flight, ${duration} s after ${prefill.toLocaleString('en-US')} records, median of ${rounds}; load average ${atStart} at start, ${loadavg().map((n) => n.toFixed(1)).join(' ')} at end\n`)
console.log('| writer | records/s | CPU µs / record | insert p50 | insert p99 |\n| --- | ---: | ---: | ---: | ---: |')
for (const writer of writers) {
  const list = results[writer]
  const m = (key) => summarize(list.map((x) => x[key])).median
  console.log(`| ${writer} | ${Math.round(m('perSecond')).toLocaleString('en-US')} | ${m('cpuUs').toFixed(1)} | ${m('p50').toFixed(2)} ms | ${m('p99').toFixed(2)} ms |`)
}
