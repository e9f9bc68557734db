// The dashboard's counts in SQLite: schema 3 (the table and its backfill from the records
// already stored), the writes that keep it in step with inserts, erasures and purges, and the
// read queries. Every write here runs inside the caller's transaction.
import type { Database } from 'better-sqlite3'
import { CountDeltas, type CountRow } from './record-counts'

/** Migration 3: the table, filled from every record already stored (none is changed). */
export function migrateCounts(db: Database): void {
  db.exec(`CREATE TABLE consent_counts (
      day TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL,
      records INTEGER NOT NULL, hits INTEGER NOT NULL,
      PRIMARY KEY (day, dimension, key)
    ) WITHOUT ROWID`)
  const deltas = new CountDeltas()
  for (const row of db.prepare('SELECT received_at, record FROM consents').iterate() as Iterable<{ received_at: string; record: string }>) {
    deltas.addJson(row.received_at, row.record, 1)
  }
  applyCounts(db, deltas)
}

export function applyCounts(db: Database, deltas: CountDeltas): void {
  const rows = deltas.rows()
  if (rows.length === 0) return
  const upsert = db.prepare(`INSERT INTO consent_counts (day, dimension, key, records, hits) VALUES (@day, @dimension, @key, @records, @hits)
    ON CONFLICT (day, dimension, key) DO UPDATE SET records = records + excluded.records, hits = hits + excluded.hits`)
  for (const row of rows) upsert.run(row)
  if (rows.some((row) => row.records < 0)) db.prepare('DELETE FROM consent_counts WHERE records <= 0').run()
}

/** Before a subject's records are erased: take them out of the counts. */
export function uncountSubject(db: Database, subject: string): void {
  const deltas = new CountDeltas()
  for (const row of db.prepare('SELECT received_at, record FROM consents WHERE subject = ?').all(subject) as Array<{ received_at: string; record: string }>) {
    deltas.addJson(row.received_at, row.record, -1)
  }
  applyCounts(db, deltas)
}

/** Before the records received before `before` are purged: whole days go at once, the last
 * (partial) day record by record. */
export function uncountBefore(db: Database, before: string): void {
  const day = before.slice(0, 10)
  db.prepare('DELETE FROM consent_counts WHERE day < ?').run(day)
  const deltas = new CountDeltas()
  for (const row of db.prepare('SELECT received_at, record FROM consents WHERE received_at >= ? AND received_at < ?').all(day, before) as Array<{ received_at: string; record: string }>) {
    deltas.addJson(row.received_at, row.record, -1)
  }
  applyCounts(db, deltas)
}

export function sqliteDashboardQueries(db: Database) {
  const counts = db.prepare('SELECT day, dimension, key, records, hits FROM consent_counts WHERE day >= ? AND day <= ?')
  const received = db.prepare('SELECT count(*) AS n FROM consents WHERE received_at >= ? AND received_at < ?')
  const last = db.prepare('SELECT max(received_at) AS at FROM consents')
  return {
    counts: (from: string, to: string) => counts.all(from, to) as CountRow[],
    receivedBetween: (from: Date, to: Date) => (received.get(from.toISOString(), to.toISOString()) as { n: number }).n,
    lastReceivedAt: () => (last.get() as { at: string | null }).at,
  }
}
