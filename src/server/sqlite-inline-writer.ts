// The SQLite inserts on the event-loop thread (sqliteStore's `writer: 'event-loop'`, the
// default): the inserts of one turn share one transaction on the main connection, so one fsync,
// and each is settled after it commits. The same transaction as the writer thread's
// (sqlite-commit.js); while its fsync runs, the event loop waits. Measured against the thread in
// docs/server.md.
import type { Database } from 'better-sqlite3'
import { prepareCommit } from './sqlite-commit.js'
import type { SqliteWriter, WriterItem, WriterResult } from './sqlite-writer'

interface Waiting {
  item: WriterItem
  resolve: (result: WriterResult) => void
  reject: (error: unknown) => void
}

/** `opened` is the store's main connection, created and migrated. */
export function inlineWriter(opened: Promise<{ db: Database }>): SqliteWriter {
  const transaction = opened.then(({ db }) => prepareCommit(db))
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
