// The main thread's side of the SQLite writer thread (sqlite-writer-thread.js): group commit.
// One commit is in flight at a time; every insert that arrives while it runs waits, and all of
// them go into the next transaction, so under load one fsync covers many records and the event
// loop never waits for one. An insert is settled only when its transaction has committed; when
// the thread dies (or fails a commit), the inserts of that commit are rejected (the handler
// answers 503, the client retries) and the next commit starts a new thread.
import { Worker } from 'node:worker_threads'
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

interface Waiting {
  item: WriterItem
  resolve: (result: WriterResult) => void
  reject: (error: unknown) => void
}

interface InFlight {
  worker: Worker
  id: number
  resolve: (results: WriterResult[]) => void
  reject: (error: unknown) => void
}

type ThreadMessage =
  | { type: 'ready' }
  | { type: 'committed'; id: number; results: WriterResult[] }
  | { type: 'failed'; id?: number; message: string }

const THREAD = new URL('./sqlite-writer-thread.js', import.meta.url)

export interface SqliteWriter {
  write(item: WriterItem): Promise<WriterResult>
  /** Commits what is queued, then stops the thread. */
  close(): Promise<void>
  /** The running thread, if any (tests kill it to show what happens). */
  thread(): Worker | null
}

/** `migrated` settles once the schema exists (the main thread creates and migrates it). */
export function sqliteWriter(path: string, migrated: Promise<unknown>): SqliteWriter {
  let queue: Waiting[] = []
  let committing = false
  let scheduled = false
  let current: { worker: Worker; ready: Promise<Worker> } | null = null
  let inFlight: InFlight | null = null
  let nextId = 0

  function start(): { worker: Worker; ready: Promise<Worker> } {
    const worker = new Worker(THREAD, { workerData: { path } })
    worker.unref() // held (ref) only while a commit is in flight
    let stderr = ''
    worker.on('error', (error) => (stderr = error.message))
    const ready = new Promise<Worker>((resolve, reject) => {
      worker.on('message', (message: ThreadMessage) => {
        if (message.type === 'ready') return resolve(worker)
        if (message.type === 'failed' && message.id === undefined) return reject(new Error(`the SQLite writer thread cannot open ${path}: ${message.message}`))
        if (!inFlight || inFlight.id !== message.id) return
        const settled = inFlight
        inFlight = null
        if (message.type === 'committed') settled.resolve(message.results)
        else settled.reject(new Error(`SQLite commit failed: ${message.message}`))
      })
      worker.on('exit', (code) => {
        const stopped = new WriterStopped(`the SQLite writer thread stopped (exit code ${code}${stderr ? `: ${stderr}` : ''})`)
        reject(stopped) // a no-op once it was ready
        if (current?.worker === worker) current = null
        if (inFlight?.worker === worker) {
          const settled = inFlight
          inFlight = null
          settled.reject(stopped)
        }
      })
    })
    ready.catch(() => {})
    return { worker, ready }
  }

  function commitOn(worker: Worker, items: WriterItem[]): Promise<WriterResult[]> {
    return new Promise((resolve, reject) => {
      if (current?.worker !== worker) return reject(new WriterStopped('the SQLite writer thread stopped before the commit'))
      inFlight = { worker, id: ++nextId, resolve, reject }
      worker.postMessage({ type: 'commit', id: inFlight.id, items })
    })
  }

  function schedule(): void {
    if (scheduled || committing || queue.length === 0) return
    scheduled = true
    // After this turn: the inserts of the same turn (and the answers of the last commit) first.
    setImmediate(() => void commitQueued())
  }

  async function commitQueued(): Promise<void> {
    scheduled = false
    if (committing || queue.length === 0) return
    committing = true
    const batch = queue
    queue = []
    let worker: Worker | null = null
    try {
      await migrated
      current ??= start()
      worker = await current.ready
      worker.ref()
      const results = await commitOn(worker, batch.map((waiting) => waiting.item))
      batch.forEach((waiting, i) => waiting.resolve(results[i]))
    } catch (error) {
      for (const waiting of batch) waiting.reject(error)
    } finally {
      worker?.unref()
      committing = false
      schedule()
    }
  }

  let closing: Promise<void> | null = null
  return {
    write(item) {
      if (closing) return Promise.reject(new Error('store closed'))
      return new Promise((resolve, reject) => {
        queue.push({ item, resolve, reject })
        schedule()
      })
    },
    close() {
      closing ??= (async () => {
        // What was accepted before close is committed (or rejected), never dropped.
        while (committing || scheduled || queue.length > 0) {
          if (!committing && !scheduled) schedule()
          await new Promise((resolve) => setImmediate(resolve))
        }
        const running = current
        current = null
        const worker = running && (await running.ready.catch(() => null))
        if (!worker) return
        const exited = new Promise((resolve) => worker.once('exit', resolve))
        worker.postMessage({ type: 'close' })
        await exited
      })()
      return closing
    },
    thread: () => current?.worker ?? null,
  }
}
