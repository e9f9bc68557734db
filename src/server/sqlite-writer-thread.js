// @ts-check
// The SQLite writer thread (node:worker_threads): it owns the connection that inserts consent
// records, so that the fsync of each commit blocks this thread, not the server's event loop.
// Plain JavaScript, so that the same file runs from src/ (tests) and from dist/ (the build copies
// it, and sqlite-commit.js beside it); its one import of assent's own is the transaction the
// event-loop writer runs too. sqlite-writer.ts is the main thread's side.
//
// Protocol: workerData { path, port }; it posts { type: 'ready' } or { type: 'failed', message }
// on `port`. The main thread then posts { type: 'commit', id, items } as inserts arrive, without
// waiting. Group commit: when a transaction starts, every commit message waiting on the port is
// taken into it (BEGIN IMMEDIATE ... COMMIT), and they are answered together,
// { type: 'committed', ids, results }, only after COMMIT returned (the fsync is done), or
// { type: 'failed', ids, message } when it rolled back.
import { receiveMessageOnPort, workerData } from 'node:worker_threads'
import Sqlite from 'better-sqlite3'
import { configureConnection, prepareCommit } from './sqlite-commit.js'

const port = /** @type {import('node:worker_threads').MessagePort} */ (workerData.port)

function open() {
  const db = new Sqlite(workerData.path)
  // The main thread has created and migrated the schema.
  configureConnection(db)
  return { db, commit: prepareCommit(db) }
}

/**
 * @typedef {import('./sqlite-writer').WriterItem} Item
 */

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
