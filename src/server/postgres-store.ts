// postgresStore: how a site outgrows one machine. Any number of stateless server processes
// share one PostgreSQL; the schema is created and migrated under an advisory lock, so processes
// that start together do not race.
import type { Pool, PoolClient, PoolConfig } from 'pg'
import { fromRow, statsFromCounts, sameContent, subjectHash, toRow, type Row } from './stored-row'
import { batchInserts, type PendingInsert } from './insert-batch'
import { loadDriver } from './load-driver'
import type { ConsentStore, InsertResult } from './types'
import { countsBetween, eraseCounted, lastReceivedAt, migrateCounts, ON_COUNT_CONFLICT, purgeCounted, receivedBetween, UPSERT_COUNTS } from './dashboard/counts-postgres'
import { countsOf } from './dashboard/record-counts'

const SCHEMA_VERSION = 3
const LOCK_ID = 0x61737374 // 'asst'
const MIGRATIONS: Array<string | ((client: PoolClient) => Promise<void>)> = [
  `CREATE TABLE assent_consents (
     id TEXT PRIMARY KEY,
     subject TEXT NOT NULL,
     received_at TEXT NOT NULL,
     action TEXT NOT NULL,
     record TEXT NOT NULL,
     origin TEXT,
     user_agent TEXT,
     ip TEXT
   );
   CREATE INDEX assent_consents_subject ON assent_consents (subject, received_at);
   CREATE INDEX assent_consents_received_at ON assent_consents (received_at);
   CREATE FUNCTION assent_append_only() RETURNS trigger LANGUAGE plpgsql AS
     $$ BEGIN RAISE EXCEPTION 'consent records are append-only'; END $$;
   CREATE TRIGGER assent_consents_append_only BEFORE UPDATE ON assent_consents
     FOR EACH ROW EXECUTE FUNCTION assent_append_only();`,
  // 2: erased subjects, so that a retry arriving after an erasure does not bring a record back.
  `CREATE TABLE assent_erased_subjects (subject_hash TEXT PRIMARY KEY, erased_at TEXT NOT NULL);`,
  // 3: the dashboard's daily counts, filled from the records already stored.
  migrateCounts,
]

async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID])
    await client.query('CREATE TABLE IF NOT EXISTS assent_schema (version INTEGER NOT NULL)')
    const { rows } = await client.query<{ version: number }>('SELECT version FROM assent_schema')
    const current = rows[0]?.version ?? 0
    if (current > SCHEMA_VERSION) throw new Error(`assent-server: the database schema (${current}) is newer than this server (${SCHEMA_VERSION}); upgrade assent`)
    for (let version = current; version < SCHEMA_VERSION; version++) {
      const migration = MIGRATIONS[version]
      if (typeof migration === 'string') await client.query(migration)
      else await migration(client)
    }
    if (rows.length === 0) await client.query('INSERT INTO assent_schema (version) VALUES ($1)', [SCHEMA_VERSION])
    else await client.query('UPDATE assent_schema SET version = $1', [SCHEMA_VERSION])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/** A pg Pool config (see pg's docs), typed loosely so that assent's own types never need
 * @types/pg: a site on SQLite does not install pg at all. */
export interface PostgresPoolConfig {
  connectionString?: string
  [option: string]: unknown
}

/** `config`: a `postgres://` URL or a pg Pool config. */
export function postgresStore(config: string | PostgresPoolConfig): ConsentStore {
  const ready = (async () => {
    const { default: pg } = await loadDriver('pg', 'PostgreSQL', () => import('pg'))
    const pool = new pg.Pool(typeof config === 'string' ? { connectionString: config } : (config as PoolConfig))
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => {})
    await migrate(pool)
    return pool
  })()
  ready.catch(() => {})
  // Inserts that arrive in the same event-loop turn go to the database as one statement (one
  // commit); each is answered after it. Retries and the erased check follow per record.
  const inserts = batchInserts(async (batch) => {
    const pool = await ready
    const rows = batch.map((item) => toRow(item.record))
    const column = (key: keyof Row) => rows.map((row) => row[key])
    // The dashboard's counts of each record (its first copy in the batch), kept only for the
    // records this statement really inserts: one statement, so one commit for both tables.
    const counted = new Set<string>()
    const counts: string[][] = [[], [], [], [], []]
    for (const [i, row] of rows.entries()) {
      if (counted.has(row.id)) continue
      counted.add(row.id)
      for (const [dimension, key, hit] of countsOf(batch[i].record)) {
        counts[0].push(row.id); counts[1].push(row.received_at.slice(0, 10)); counts[2].push(dimension); counts[3].push(key); counts[4].push(String(hit))
      }
    }
    const { rows: created } = await pool.query<{ id: string }>(
      `WITH inserted AS (
         INSERT INTO assent_consents (id, subject, received_at, action, record, origin, user_agent, ip)
         SELECT t.id, t.subject, t.received_at, t.action, t.record, t.origin, t.user_agent, t.ip
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS t (id, subject, received_at, action, record, origin, user_agent, ip, subject_hash)
         WHERE NOT EXISTS (SELECT 1 FROM assent_erased_subjects e WHERE e.subject_hash = t.subject_hash)
         ON CONFLICT (id) DO NOTHING RETURNING id
       ), counted AS (
         ${UPSERT_COUNTS}
         SELECT k.day, k.dimension, k.key, count(*), sum(k.hit)
         FROM unnest($10::text[], $11::text[], $12::text[], $13::text[], $14::bigint[]) AS k (id, day, dimension, key, hit)
         WHERE k.id IN (SELECT id FROM inserted) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
         ${ON_COUNT_CONFLICT}
       )
       SELECT id FROM inserted`,
      [column('id'), column('subject'), column('received_at'), column('action'), column('record'), column('origin'),
        column('user_agent'), column('ip'), rows.map((row) => subjectHash(row.subject)), ...counts],
    )
    const fresh = new Set(created.map((row) => row.id))
    for (const [i, item] of batch.entries()) {
      const row = rows[i]
      // The first of a batch's copies of an id is the one that was created.
      if (fresh.delete(row.id)) item.resolve({ status: 'created', receipt: { id: row.id, receivedAt: row.received_at } })
      else settle(pool, item).then(item.resolve, item.reject)
    }
  })

  /** A record that was not inserted: a retry (same content), a conflict, or an erased subject. */
  async function settle(pool: Pool, item: PendingInsert): Promise<InsertResult> {
    const { rows } = await pool.query<Pick<Row, 'record' | 'received_at'>>('SELECT record, received_at FROM assent_consents WHERE id = $1', [item.record.id])
    if (!rows[0]) {
      const erased = await pool.query('SELECT 1 FROM assent_erased_subjects WHERE subject_hash = $1', [subjectHash(item.record.subject)])
      if (erased.rowCount) return { status: 'erased' }
      throw new Error('record vanished between insert and read') // erased concurrently: the client retries
    }
    if (!sameContent(rows[0].record, item.canonical)) return { status: 'conflict' }
    return { status: 'duplicate', receipt: { id: item.record.id, receivedAt: rows[0].received_at } }
  }

  return {
    insert: inserts.insert,
    async listBySubject(subject) {
      const { rows } = await (await ready).query<Row>('SELECT * FROM assent_consents WHERE subject = $1 ORDER BY received_at DESC', [subject])
      return rows.map(fromRow)
    },
    async deleteSubject(subject) {
      const pool = await ready
      // The tombstone first and on its own: an insert that starts after it commits is refused.
      await pool.query('INSERT INTO assent_erased_subjects (subject_hash, erased_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [subjectHash(subject), new Date().toISOString()])
      return eraseCounted(pool, subject)
    },
    async stats(from, to) {
      return statsFromCounts(await countsBetween(await ready, from, to))
    },
    async purgeOlderThan(before) {
      const pool = await ready
      await pool.query('DELETE FROM assent_erased_subjects WHERE erased_at < $1', [before.toISOString()])
      return purgeCounted(pool, before.toISOString())
    },
    async counts(from, to) {
      return countsBetween(await ready, from, to)
    },
    async receivedBetween(from, to) {
      return receivedBetween(await ready, from, to)
    },
    async lastReceivedAt() {
      return lastReceivedAt(await ready)
    },
    async close() {
      await inserts.flush()
      const pool = await ready.catch(() => null)
      await pool?.end()
    },
  }
}
