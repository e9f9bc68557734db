// The main thread's side of the SQLite writer thread (sqlite-writer-thread.js). The inserts of
// an event-loop turn are posted to the thread together, at once, without waiting for the commit
// in progress; the thread puts every batch waiting when a transaction starts into it (group
// commit), so under load one fsync covers many records and the event loop never waits for one.
// An insert is settled only when its transaction has committed. When the thread dies (or a
// commit fails), every insert it had not answered is rejected (the handler answers 503, the
// client retries) and the next batch starts a new thread.
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads'
import type { Row } from './stored-row'

/** What the thread needs for one insert: the row, the subject's erasure hash, and the
 * dashboard counts [dimension, key, hit] the record adds if it is created. */
export interface WriterItem {
  row: Row
  subjectHash: string
  counts: Array<[string, string, number]>
}

export type WriterResult = { status: 'created' } | { status: 'erased' } | { status: 'exists'; record: string; receivedAt: string }

/** The writer thread stopped before it answered: nothing of that commit is known to be stored. */
export class WriterStopped extends Error {
  override name = 'WriterStopped'
}

interface Outstanding {
  resolve: (results: WriterResult[]) => void
  reject: (error: unknown) => void
}

type ThreadMessage =
  | { type: 'ready' }
  | { type: 'committed'; ids: number[]; results: WriterResult[][] }
  | { type: 'failed'; ids?: number[]; message: string }

// Built only when a thread starts: a bundler (Next.js bundling assent/server into a layout, say)
// may rewrite this URL into a path that is no URL in Node, and that must not fail the import.
const threadFile = () => new URL('./sqlite-writer-thread.js', import.meta.url)

export interface SqliteWriter {
  write(item: WriterItem): Promise<WriterResult>
  /** Commits what is queued, then stops the thread. */
  close(): Promise<void>
  /** The running thread, if any (tests kill it to show what happens). */
  thread(): Worker | null
}

interface Thread {
  worker: Worker
  port: MessagePort
  ready: Promise<void>
}

/** `migrated` settles once the schema exists (the main thread creates and migrates it). */
export function sqliteWriter(path: string, migrated: Promise<unknown>): SqliteWriter {
  let current: Thread | null = null
  let nextId = 0
  const outstanding = new Map<number, Outstanding & { thread: Thread }>()

  function start(): Thread {
    const { port1: port, port2 } = new MessageChannel()
    const worker = new Worker(threadFile(), { workerData: { path, port: port2 }, transferList: [port2] })
    let failure = ''
    worker.on('error', (error) => (failure = `: ${error.message}`))
    const ready = new Promise<void>((resolve, reject) => {
      port.on('message', (message: ThreadMessage) => {
        if (message.type === 'ready') return resolve()
        if (message.type === 'failed' && !message.ids) return reject(new Error(`the SQLite writer thread cannot open ${path}: ${message.message}`))
        for (const [i, id] of (message.ids ?? []).entries()) {
          const waiting = outstanding.get(id)
          outstanding.delete(id)
          if (message.type === 'committed') waiting?.resolve(message.results[i])
          else waiting?.reject(new Error(`SQLite commit failed: ${message.message}`))
        }
        holdWhileOutstanding()
      })
      worker.on('exit', (code) => {
        const stopped = new WriterStopped(`the SQLite writer thread stopped (exit code ${code}${failure})`)
        reject(stopped) // a no-op once it was ready
        port.close()
        if (current === thread) current = null
        for (const [id, waiting] of outstanding) {
          if (waiting.thread !== thread) continue
          outstanding.delete(id)
          waiting.reject(stopped)
        }
        holdWhileOutstanding()
      })
    })
    ready.catch(() => {})
    const thread = { worker, port, ready }
    return thread
  }

  // The thread keeps the process alive only while it owes answers (a script that inserts and
  // ends must not end before the commit; an idle store must not hold the process open).
  function holdWhileOutstanding(): void {
    if (!current) return
    if (outstanding.size > 0) current.worker.ref()
    else current.worker.unref()
  }

  // The inserts of one turn, posted after it as one batch.
  let queue: Array<{ item: WriterItem; resolve: (result: WriterResult) => void; reject: (error: unknown) => void }> = []
  const posting = new Set<Promise<void>>()

  async function post(batch: typeof queue): Promise<void> {
    try {
      await migrated
      const thread = (current ??= start())
      await thread.ready
      if (current !== thread) throw new WriterStopped('the SQLite writer thread stopped before the commit')
      const results = await new Promise<WriterResult[]>((resolve, reject) => {
        const id = ++nextId
        outstanding.set(id, { thread, resolve, reject })
        holdWhileOutstanding()
        thread.port.postMessage({ type: 'commit', id, items: batch.map((waiting) => waiting.item) })
      })
      batch.forEach((waiting, i) => waiting.resolve(results[i]))
    } catch (error) {
      for (const waiting of batch) waiting.reject(error)
    }
  }

  function postQueued(): void {
    const batch = queue
    queue = []
    if (batch.length === 0) return
    const done = post(batch)
    posting.add(done)
    void done.then(() => posting.delete(done))
  }

  let closing: Promise<void> | null = null
  return {
    write(item) {
      if (closing) return Promise.reject(new Error('store closed'))
      return new Promise((resolve, reject) => {
        // The first insert of a turn schedules the post for after the turn.
        if (queue.push({ item, resolve, reject }) === 1) setImmediate(postQueued)
      })
    },
    close() {
      closing ??= (async () => {
        // What was accepted before close is committed (or rejected), never dropped.
        postQueued()
        await Promise.all(posting)
        const thread = current
        current = null
        if (!thread || !(await thread.ready.then(() => true, () => false))) return
        const exited = new Promise((resolve) => thread.worker.once('exit', resolve))
        thread.worker.ref()
        thread.port.postMessage({ type: 'close' })
        await exited
      })()
      return closing
    },
    thread: () => current?.worker ?? null,
  }
}
