// The PostgreSQL store's write batching (SQLite has its writer thread, sqlite-writer.ts): the
// inserts waiting when a write starts are handed to the store together (one statement, so one
// commit), and each is answered only when the store settles it.
import type { InsertResult, StoredRecord } from './types'

export interface PendingInsert {
  record: StoredRecord
  canonical: string
  resolve: (result: InsertResult) => void
  reject: (error: unknown) => void
}

export interface InsertBatcher {
  insert(record: StoredRecord, canonical: string): Promise<InsertResult>
  /** Writes what is queued now (a store that closes must not drop answered-to-be inserts). */
  flush(): Promise<void>
}

/** `write` settles every insert of a batch; if it throws, the ones still open are rejected.
 * One write at a time (group commit): the inserts that arrive while a write runs wait, and all of
 * them go into the next one. (In PostgreSQL concurrent batches would queue anyway, on the row
 * locks of the day's dashboard counts that every batch updates.) */
export function batchInserts(write: (batch: PendingInsert[]) => Promise<void>): InsertBatcher {
  let queue: PendingInsert[] = []
  let writing: Promise<void> | null = null
  let scheduled = false
  function schedule(): void {
    if (scheduled || writing || queue.length === 0) return
    scheduled = true
    // After this turn: the inserts of the same turn (and the answers of the last write) first.
    setImmediate(writeQueued)
  }
  function writeQueued(): void {
    scheduled = false
    if (writing || queue.length === 0) return
    const batch = queue
    queue = []
    writing = write(batch).catch((error) => {
      // Settling a promise twice is a no-op: the inserts already answered keep their answer.
      for (const item of batch) item.reject(error)
    }).finally(() => {
      writing = null
      schedule()
    })
  }
  return {
    insert: (record, canonical) =>
      new Promise((resolve, reject) => {
        queue.push({ record, canonical, resolve, reject })
        schedule()
      }),
    async flush() {
      while (writing || queue.length > 0) {
        if (!writing) writeQueued()
        await writing
      }
    },
  }
}
