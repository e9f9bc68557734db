// The SQLite inserts on the event-loop thread (sqliteStore's `writer: 'event-loop'`, the
// default): the inserts of one turn share one transaction on the main connection, so one fsync,
// and each is settled after it commits. The same transaction as the writer thread's
// (sqlite-writer-thread.js); while its fsync runs, the event loop waits. Measured against the
// thread in docs/server.md.
import type { Database } from 'better-sqlite3'
import type { SqliteWriter, WriterItem, WriterResult } from './sqlite-writer'

interface Waiting {
  item: WriterItem
  resolve: (result: WriterResult) => void
  reject: (error: unknown) => void
}

function insertTransaction(db: Database): (items: WriterItem[]) => WriterResult[] {
  const insert = db.prepare('INSERT INTO consents (id, subject, received_at, action, record, origin, user_agent, ip) VALUES (@id, @subject, @received_at, @action, @record, @origin, @user_agent, @ip) ON CONFLICT (id) DO NOTHING')
  const find = db.prepare('SELECT record, received_at FROM consents WHERE id = ?')
  const wasErased = db.prepare('SELECT 1 FROM erased_subjects WHERE subject_hash = ?')
  const upsertCount = db.prepare(`INSERT INTO consent_counts (day, dimension, key, records, hits) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (day, dimension, key) DO UPDATE SET records = records + excluded.records, hits = hits + excluded.hits`)
  const insertOne = (item: WriterItem): WriterResult => {
    if (wasErased.get(item.subjectHash)) return { status: 'erased' }
    if (insert.run(item.row).changes === 1) return { status: 'created' }
    const existing = find.get(item.row.id) as { record: string; received_at: string }
    return { status: 'exists', record: existing.record, receivedAt: existing.received_at }
  }
  const commit = db.transaction((items: WriterItem[]) => {
    const results = items.map(insertOne)
    const counts = new Map<string, [string, string, string, number, number]>()
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
  return (items) => commit.immediate(items)
}

/** `opened` is the store's main connection, created and migrated. */
export function inlineWriter(opened: Promise<{ db: Database }>): SqliteWriter {
  const transaction = opened.then(({ db }) => insertTransaction(db))
  transaction.catch(() => {})
  let queue: Waiting[] = []
  let pending: Promise<void> = Promise.resolve()
  async function flush(): Promise<void> {
    const batch = queue
    queue = []
    if (batch.length === 0) return
    try {
      const results = (await transaction)(batch.map((waiting) => waiting.item))
      // Settled only now: the transaction (and its fsync) is done.
      batch.forEach((waiting, i) => waiting.resolve(results[i]))
    } catch (error) {
      for (const waiting of batch) waiting.reject(error)
    }
  }
  let closing: Promise<void> | null = null
  return {
    write(item) {
      if (closing) return Promise.reject(new Error('store closed'))
      return new Promise((resolve, reject) => {
        // The first insert of a turn schedules the commit for after the turn.
        if (queue.push({ item, resolve, reject }) === 1) setImmediate(() => void (pending = flush()))
      })
    },
    close() {
      closing ??= pending.then(flush)
      return closing
    },
    thread: () => null,
  }
}
