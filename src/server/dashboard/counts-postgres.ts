// The dashboard's counts in PostgreSQL (see counts-sqlite.ts for the idea): migration 3 with
// its backfill, the count writes, and the read queries. Several server processes write at
// once: every change is an atomic upsert (+n / -n), in rows sorted the same way everywhere.
import type { Pool, PoolClient } from 'pg'
import { CountDeltas, type CountRow } from './record-counts'

type Queryable = Pool | PoolClient

export async function migrateCounts(client: PoolClient): Promise<void> {
  await client.query(`CREATE TABLE assent_consent_counts (
      day TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL,
      records BIGINT NOT NULL, hits BIGINT NOT NULL,
      PRIMARY KEY (day, dimension, key))`)
  // Page through the stored records by id, so that a large table is never held in memory at once.
  const deltas = new CountDeltas()
  let after = ''
  for (;;) {
    const { rows } = await client.query<{ id: string; received_at: string; record: string }>(
      'SELECT id, received_at, record FROM assent_consents WHERE id > $1 ORDER BY id LIMIT 5000', [after])
    for (const row of rows) deltas.addJson(row.received_at, row.record, 1)
    if (rows.length < 5000) break
    after = rows[rows.length - 1].id
  }
  await applyCounts(client, deltas.rows())
}

/** The counts as arrays for unnest(): one statement, whatever the number of rows. */
export function countColumns(rows: CountRow[]): [string[], string[], string[], number[], number[]] {
  return [rows.map((r) => r.day), rows.map((r) => r.dimension), rows.map((r) => r.key), rows.map((r) => r.records), rows.map((r) => r.hits)]
}

export const UPSERT_COUNTS = `INSERT INTO assent_consent_counts AS c (day, dimension, key, records, hits)`
export const ON_COUNT_CONFLICT = `ON CONFLICT (day, dimension, key) DO UPDATE SET records = c.records + EXCLUDED.records, hits = c.hits + EXCLUDED.hits`

export async function applyCounts(db: Queryable, rows: CountRow[]): Promise<void> {
  if (rows.length === 0) return
  await db.query(`${UPSERT_COUNTS} SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[]) ${ON_COUNT_CONFLICT}`, countColumns(rows))
  if (rows.some((row) => row.records < 0)) await db.query('DELETE FROM assent_consent_counts WHERE records <= 0')
}

/** Erases a subject's records and takes them out of the counts, in one transaction. */
export async function eraseCounted(pool: Pool, subject: string): Promise<number> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ received_at: string; record: string }>(
      'DELETE FROM assent_consents WHERE subject = $1 RETURNING received_at, record', [subject])
    const deltas = new CountDeltas()
    for (const row of rows) deltas.addJson(row.received_at, row.record, -1)
    await applyCounts(client, deltas.rows())
    return rows.length
  })
}

/** Purges records received before `before`: whole days of counts at once, the last day by record. */
export async function purgeCounted(pool: Pool, before: string): Promise<number> {
  return inTransaction(pool, async (client) => {
    const day = before.slice(0, 10)
    const { rows } = await client.query<{ received_at: string; record: string }>(
      'DELETE FROM assent_consents WHERE received_at >= $1 AND received_at < $2 RETURNING received_at, record', [day, before])
    const deltas = new CountDeltas()
    for (const row of rows) deltas.addJson(row.received_at, row.record, -1)
    await applyCounts(client, deltas.rows())
    await client.query('DELETE FROM assent_consent_counts WHERE day < $1', [day])
    const older = await client.query('DELETE FROM assent_consents WHERE received_at < $1', [day])
    return rows.length + (older.rowCount ?? 0)
  })
}

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

export async function countsBetween(pool: Pool, from: string, to: string): Promise<CountRow[]> {
  const { rows } = await pool.query<CountRow>('SELECT day, dimension, key, records, hits FROM assent_consent_counts WHERE day >= $1 AND day <= $2', [from, to])
  // BIGINT arrives as a string.
  return rows.map((row) => ({ ...row, records: Number(row.records), hits: Number(row.hits) }))
}

export async function receivedBetween(pool: Pool, from: Date, to: Date): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM assent_consents WHERE received_at >= $1 AND received_at < $2', [from.toISOString(), to.toISOString()])
  return Number(rows[0].n)
}

export async function lastReceivedAt(pool: Pool): Promise<string | null> {
  const { rows } = await pool.query<{ at: string | null }>('SELECT max(received_at) AS at FROM assent_consents')
  return rows[0].at
}
