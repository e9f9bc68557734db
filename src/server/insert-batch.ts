// The write batching both stores share: inserts that arrive in the same event-loop turn are
// handed to the store together (one transaction or one statement, so one commit), and each is
// answered only when the store settles it.
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

/** `write` settles every insert of a batch; if it throws, the ones still open are rejected. */
export function batchInserts(write: (batch: PendingInsert[]) => Promise<void>): InsertBatcher {
  let queue: PendingInsert[] = []
  async function flush(): Promise<void> {
    const batch = queue
    queue = []
    if (batch.length === 0) return
    try {
      await write(batch)
    } catch (error) {
      // Settling a promise twice is a no-op: the inserts already answered keep their answer.
      for (const item of batch) item.reject(error)
    }
  }
  return {
    insert: (record, canonical) =>
      new Promise((resolve, reject) => {
        // The first insert of a turn schedules the flush for after the turn.
        if (queue.push({ record, canonical, resolve, reject }) === 1) setImmediate(() => void flush())
      }),
    flush,
  }
}
