// @ts-check
// The SQLite writer thread (node:worker_threads): it owns the connection that inserts consent
// records, so that the fsync of each commit blocks this thread, not the server's event loop.
// Plain JavaScript with no imports of assent's own, so that the same file runs from src/ (tests)
// and from dist/ (the build copies it). sqlite-writer.ts is the main thread's side.
//
// Protocol: workerData { path, port }; it posts { type: 'ready' } or { type: 'failed', message }
// on `port`. The main thread then posts { type: 'commit', id, items } as inserts arrive, without
// waiting. Group commit: when a transaction starts, every commit message waiting on the port is
// taken into it (BEGIN IMMEDIATE ... COMMIT), and they are answered together,
// { type: 'committed', ids, results }, only after COMMIT returned (the fsync is done), or
// { type: 'failed', ids, message } when it rolled back.
import { receiveMessageOnPort, workerData } from 'node:worker_threads'
import Sqlite from 'better-sqlite3'

const port = /** @type {import('node:worker_threads').MessagePort} */ (workerData.port)

/**
 * @typedef {{ id: string, subject: string, received_at: string, action: string, record: string, origin: string | null, user_agent: string | null, ip: string | null }} Row
 * @typedef {{ row: Row, subjectHash: string, counts: Array<[string, string, number]> }} Item
 * @typedef {{ status: 'created' } | { status: 'erased' } | { status: 'exists', record: string, receivedAt: string }} ItemResult
 */

function open() {
  const db = new Sqlite(workerData.path)
  // The main thread has created and migrated the schema; these settings are per connection.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  const insert = db.prepare('INSERT INTO consents (id, subject, received_at, action, record, origin, user_agent, ip) VALUES (@id, @subject, @received_at, @action, @record, @origin, @user_agent, @ip) ON CONFLICT (id) DO NOTHING')
  const find = db.prepare('SELECT record, received_at FROM consents WHERE id = ?')
  const wasErased = db.prepare('SELECT 1 FROM erased_subjects WHERE subject_hash = ?')
  const upsertCount = db.prepare(`INSERT INTO consent_counts (day, dimension, key, records, hits) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (day, dimension, key) DO UPDATE SET records = records + excluded.records, hits = hits + excluded.hits`)

  /** @param {Item} item @returns {ItemResult} */
  function insertOne(item) {
    // Inside the write lock (IMMEDIATE): an erasure committed before this transaction is seen.
    if (wasErased.get(item.subjectHash)) return { status: 'erased' }
    if (insert.run(item.row).changes === 1) return { status: 'created' }
    const existing = /** @type {{ record: string, received_at: string }} */ (find.get(item.row.id))
    return { status: 'exists', record: existing.record, receivedAt: existing.received_at }
  }

  // Every insert waiting when a commit starts is in it; the counts of the records it creates are
  // written in the same transaction.
  const commit = db.transaction((/** @type {Item[]} */ items) => {
    const results = items.map(insertOne)
    /** @type {Map<string, [string, string, string, number, number]>} */
    const counts = new Map()
    items.forEach((item, i) => {
      if (results[i].status !== 'created') return
      const day = item.row.received_at.slice(0, 10)
      for (const [dimension, key, hit] of item.counts) {
        const id = `${day}\t${dimension}\t${key}`
        const row = counts.get(id)
        if (row) {
          row[3] += 1
          row[4] += hit
        } else counts.set(id, [day, dimension, key, 1, hit])
      }
    })
    for (const row of counts.values()) upsertCount.run(row)
    return results
  })
  return { db, commit: (/** @type {Item[]} */ items) => commit.immediate(items) }
}

let writer
try {
  writer = open()
  port.postMessage({ type: 'ready' })
} catch (error) {
  port.postMessage({ type: 'failed', message: /** @type {Error} */ (error).message })
  process.exit(1)
}

/** @typedef {{ type: 'commit', id: number, items: Item[] } | { type: 'close' }} Message */

/** Commits `first` with every commit message already waiting; then again while more arrived. */
function commitWaiting(/** @type {Message} */ first) {
  /** @type {Message | undefined} */
  let next = first
  while (next) {
    if (next.type === 'close') return close()
    /** @type {Array<{ id: number, items: Item[] }>} */
    const group = [next]
    next = undefined
    for (let waiting = receiveMessageOnPort(port); waiting; waiting = receiveMessageOnPort(port)) {
      if (waiting.message.type === 'close') {
        next = waiting.message // after this group: nothing sent before close is dropped
        break
      }
      group.push(waiting.message)
    }
    const ids = group.map((message) => message.id)
    try {
      const results = writer.commit(group.flatMap((message) => message.items))
      let at = 0
      port.postMessage({ type: 'committed', ids, results: group.map((message) => results.slice(at, (at += message.items.length))) })
    } catch (error) {
      port.postMessage({ type: 'failed', ids, message: /** @type {Error} */ (error).message })
    }
    if (!next) {
      const waiting = receiveMessageOnPort(port)
      next = waiting && waiting.message
    }
  }
}

function close() {
  writer.db.close()
  port.close()
}

port.on('message', commitWaiting)
