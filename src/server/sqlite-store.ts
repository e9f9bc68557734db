// sqliteStore: the embedded default (better-sqlite3). WAL with synchronous=FULL, so an answered
// POST survives a crash or power loss. Inserts that arrive in the same event-loop turn share one
// transaction (one fsync); each is answered only after that transaction commits.
import type { Database, Statement } from 'better-sqlite3'
import { fromRow, statsFromCounts, sameContent, subjectHash, toRow, type Row } from './stored-row'
import { batchInserts, type PendingInsert } from './insert-batch'
import { loadDriver } from './load-driver'
import type { ConsentStore, InsertResult } from './types'
import { applyCounts, migrateCounts, sqliteDashboardQueries, uncountBefore, uncountSubject } from './dashboard/counts-sqlite'
import { CountDeltas } from './dashboard/record-counts'

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
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  // Several processes (a purge next to the server) may share the file: wait rather than fail.
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}

export function sqliteStore(path: string): ConsentStore {
  const opened = openSqlite(path).then((db) => ({
    db,
    dashboard: sqliteDashboardQueries(db),
    insert: db.prepare('INSERT INTO consents (id, subject, received_at, action, record, origin, user_agent, ip) VALUES (@id, @subject, @received_at, @action, @record, @origin, @user_agent, @ip) ON CONFLICT (id) DO NOTHING'),
    find: db.prepare('SELECT record, received_at FROM consents WHERE id = ?'),
    bySubject: db.prepare('SELECT * FROM consents WHERE subject = ? ORDER BY received_at DESC, rowid DESC'),
    erase: db.prepare('DELETE FROM consents WHERE subject = ?'),
    tombstone: db.prepare('INSERT OR IGNORE INTO erased_subjects (subject_hash, erased_at) VALUES (?, ?)'),
    wasErased: db.prepare('SELECT 1 FROM erased_subjects WHERE subject_hash = ?'),
    purge: db.prepare('DELETE FROM consents WHERE received_at < ?'),
    purgeTombstones: db.prepare('DELETE FROM erased_subjects WHERE erased_at < ?'),
  }))
  // Keep a failed open from being an unhandled rejection; callers see it on first use.
  opened.catch(() => {})
  let closed = false

  function insertOne(statements: { insert: Statement; find: Statement; wasErased: Statement }, item: PendingInsert): InsertResult {
    const row = toRow(item.record)
    if (statements.wasErased.get(subjectHash(row.subject))) return { status: 'erased' }
    if (statements.insert.run(row).changes === 1) return { status: 'created', receipt: { id: row.id, receivedAt: row.received_at } }
    const existing = statements.find.get(row.id) as Pick<Row, 'record' | 'received_at'>
    if (!sameContent(existing.record, item.canonical)) return { status: 'conflict' }
    return { status: 'duplicate', receipt: { id: row.id, receivedAt: existing.received_at } }
  }

  const inserts = batchInserts(async (batch) => {
    const statements = await opened
    const results = statements.db.transaction(() => {
      const done = batch.map((item) => insertOne(statements, item))
      const deltas = new CountDeltas()
      batch.forEach((item, i) => done[i].status === 'created' && deltas.add(item.record.receivedAt, item.record, 1))
      applyCounts(statements.db, deltas)
      return done
    })()
    // Answered only now: the transaction (and its fsync) is done.
    batch.forEach((item, i) => item.resolve(results[i]))
  })

  return {
    insert(record, canonical) {
      return closed ? Promise.reject(new Error('store closed')) : inserts.insert(record, canonical)
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
      await inserts.flush()
      const s = await opened.catch(() => null)
      s?.db.close()
    },
  }
}
