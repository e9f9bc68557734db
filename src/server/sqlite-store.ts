// sqliteStore: the embedded default (better-sqlite3). WAL with synchronous=FULL, so an answered
// POST survives a crash or power loss. Inserts are batched per commit (one fsync for many) and
// each is answered only after its transaction commits: on the event-loop thread (the default,
// sqlite-inline-writer.ts) or, with `writer: 'thread'`, on a thread of their own with group
// commit (sqlite-writer.ts). Reads, erasures and purges run on this thread's own connection
// (WAL: readers do not wait for the writer).
import type { Database } from 'better-sqlite3'
import { fromRow, statsFromCounts, sameContent, subjectHash, toRow, type Row } from './stored-row'
import { loadDriver } from './load-driver'
import { configureConnection } from './sqlite-commit.js'
import { inlineWriter } from './sqlite-inline-writer'
import { sqliteWriter, type SqliteWriter, type WriterResult } from './sqlite-writer'
import type { ConsentStore, InsertResult, StoredRecord } from './types'
import { migrateCounts, sqliteDashboardQueries, uncountBefore, uncountSubject } from './dashboard/counts-sqlite'
import { countsOf } from './dashboard/record-counts'

const writers = new WeakMap<ConsentStore, SqliteWriter>()
/** A SQLite store's writer (tests stop its thread to show that nothing unwritten is answered 201). */
export const writerOf = (store: ConsentStore): SqliteWriter | undefined => writers.get(store)

const SCHEMA_VERSION = 3
const MIGRATIONS: Array<string | ((db: Database) => void)> = [
  `CREATE TABLE consents (
     id TEXT PRIMARY KEY,
     subject TEXT NOT NULL,
     received_at TEXT NOT NULL,
     action TEXT NOT NULL,
     record TEXT NOT NULL,
     origin TEXT,
     user_agent TEXT,
     ip TEXT
   );
   CREATE INDEX consents_subject ON consents (subject, received_at);
   CREATE INDEX consents_received_at ON consents (received_at);
   -- Append-only: a stored record is never changed, only erased.
   CREATE TRIGGER consents_append_only BEFORE UPDATE ON consents
   BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;`,
  // 2: erased subjects, so that a retry arriving after an erasure does not bring a record back.
  `CREATE TABLE erased_subjects (subject_hash TEXT PRIMARY KEY, erased_at TEXT NOT NULL);`,
  // 3: the dashboard's daily counts, filled from the records already stored.
  migrateCounts,
]

function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > SCHEMA_VERSION) throw new Error(`assent-server: the database schema (${current}) is newer than this server (${SCHEMA_VERSION}); upgrade assent`)
  db.transaction(() => {
    for (let version = current; version < SCHEMA_VERSION; version++) {
      const migration = MIGRATIONS[version]
      if (typeof migration === 'string') db.exec(migration)
      else migration(db)
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  }).immediate()
}

async function openSqlite(path: string): Promise<Database> {
  const { default: Sqlite } = await loadDriver('better-sqlite3', 'SQLite', () => import('better-sqlite3'))
  const db = new Sqlite(path)
  configureConnection(db)
  migrate(db)
  return db
}

function toResult(record: StoredRecord, canonical: string, written: WriterResult): InsertResult {
  if (written.status === 'created') return { status: 'created', receipt: { id: record.id, receivedAt: record.receivedAt } }
  if (written.status === 'erased') return { status: 'erased' }
  if (!sameContent(written.record, canonical)) return { status: 'conflict' }
  return { status: 'duplicate', receipt: { id: record.id, receivedAt: written.receivedAt } }
}

export interface SqliteStoreOptions {
  /** Where inserts are committed: `'event-loop'` (default) or `'thread'` (a worker thread, so
   * that the fsync never blocks the event loop). Same durability; see docs/server.md for both
   * measured. */
  writer?: 'event-loop' | 'thread'
}

export function sqliteStore(path: string, options: SqliteStoreOptions = {}): ConsentStore {
  const mode = options.writer ?? 'event-loop'
  if (mode !== 'event-loop' && mode !== 'thread') throw new TypeError(`sqliteStore: writer must be 'event-loop' or 'thread', got ${JSON.stringify(mode)}`)
  const opened = openSqlite(path).then((db) => ({
    db,
    dashboard: sqliteDashboardQueries(db),
    bySubject: db.prepare('SELECT * FROM consents WHERE subject = ? ORDER BY received_at DESC, rowid DESC'),
    erase: db.prepare('DELETE FROM consents WHERE subject = ?'),
    tombstone: db.prepare('INSERT OR IGNORE INTO erased_subjects (subject_hash, erased_at) VALUES (?, ?)'),
    purge: db.prepare('DELETE FROM consents WHERE received_at < ?'),
    purgeTombstones: db.prepare('DELETE FROM erased_subjects WHERE erased_at < ?'),
  }))
  // Keep a failed open from being an unhandled rejection; callers see it on first use.
  opened.catch(() => {})
  let closed = false
  // A thread starts once this connection has created and migrated the schema.
  const writer = mode === 'thread' ? sqliteWriter(path, opened) : inlineWriter(opened)

  const store: ConsentStore = {
    async insert(record, canonical) {
      if (closed) throw new Error('store closed')
      const row = toRow(record)
      return toResult(record, canonical, await writer.write({ row, subjectHash: subjectHash(row.subject), counts: countsOf(record) }))
    },
    async listBySubject(subject) {
      return ((await opened).bySubject.all(subject) as Row[]).map(fromRow)
    },
    async deleteSubject(subject) {
      const s = await opened
      return s.db.transaction(() => {
        s.tombstone.run(subjectHash(subject), new Date().toISOString())
        uncountSubject(s.db, subject)
        return s.erase.run(subject).changes
      }).immediate()
    },
    async stats(from, to) {
      return statsFromCounts((await opened).dashboard.counts(from, to))
    },
    async purgeOlderThan(before) {
      const s = await opened
      return s.db.transaction(() => {
        s.purgeTombstones.run(before.toISOString())
        uncountBefore(s.db, before.toISOString())
        return s.purge.run(before.toISOString()).changes
      }).immediate()
    },
    async counts(from, to) {
      return (await opened).dashboard.counts(from, to)
    },
    async receivedBetween(from, to) {
      return (await opened).dashboard.receivedBetween(from, to)
    },
    async lastReceivedAt() {
      return (await opened).dashboard.lastReceivedAt()
    },
    async close() {
      if (closed) return
      closed = true
      await writer.close()
      const s = await opened.catch(() => null)
      s?.db.close()
    },
  }
  writers.set(store, writer)
  return store
}
