// The store contract, against SQLite and PostgreSQL: idempotent insert, retention purge,
// append-only schema, schema migration on open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { canonicalJson } from '../../src/server/canonical-json'
import { purgeExpired, sqliteStore, type ConsentStore, type StoredRecord } from '../../src/server/index'
import { makeRecord, openTestStore, STORE_KINDS, WRITE_KINDS, type StoreHandle } from './fixtures'

const DAY = 86_400_000

function stored(receivedAt: Date, overrides = {}): [StoredRecord, string] {
  const record = makeRecord(overrides)
  return [{ ...record, receivedAt: receivedAt.toISOString(), origin: null, userAgent: null, ip: null }, canonicalJson(record)]
}

describe.each(WRITE_KINDS)('%s store', (kind) => {
  let handle: StoreHandle
  let store: ConsentStore
  beforeAll(async () => {
    handle = await openTestStore(kind)
    store = handle.store
  })
  afterAll(async () => handle?.dispose())

  it('inserts once by id: created, then duplicate with the first receipt, conflict on other content', async () => {
    const [record, canonical] = stored(new Date())
    const first = await store.insert(record, canonical)
    expect(first).toEqual({ status: 'created', receipt: { id: record.id, receivedAt: record.receivedAt } })
    const later = { ...record, receivedAt: new Date(Date.now() + 1000).toISOString() }
    expect(await store.insert(later, canonical)).toEqual({ status: 'duplicate', receipt: { id: record.id, receivedAt: record.receivedAt } })
    const other = { ...record, language: 'de' }
    expect(await store.insert(other, canonicalJson({ ...JSON.parse(canonical), language: 'de' }))).toEqual({ status: 'conflict' })
  })

  it('purges records received before the retention period and keeps the rest', async () => {
    const subject = crypto.randomUUID()
    const now = Date.now()
    const [old, oldJson] = stored(new Date(now - 40 * DAY), { subject })
    const [recent, recentJson] = stored(new Date(now - 20 * DAY), { subject })
    await store.insert(old, oldJson)
    await store.insert(recent, recentJson)
    const purged = await purgeExpired(store, 30, now)
    expect(purged).toBeGreaterThanOrEqual(1)
    expect((await store.listBySubject(subject)).map((r) => r.id)).toEqual([recent.id])
  })

  it('refuses to update a stored record at the database level (append-only)', async () => {
    const [record, canonical] = stored(new Date())
    await store.insert(record, canonical)
    if (kind !== 'postgres') return // checked below on a file we can open directly
    const { default: pg } = await import('pg')
    // A plain client, over every test schema: only the one holding the row can refuse.
    const client = new pg.Client({ connectionString: process.env.ASSENT_TEST_PG_URL })
    await client.connect()
    try {
      const { rows } = await client.query("SELECT schemaname FROM pg_tables WHERE tablename = 'assent_consents' ORDER BY schemaname")
      let refused = 0
      for (const { schemaname } of rows) {
        await client.query(`UPDATE ${schemaname}.assent_consents SET action = 'accept-all' WHERE id = $1`, [record.id]).catch(() => refused++)
      }
      expect(refused).toBe(1)
      expect((await store.listBySubject(record.subject))[0].action).toBe(record.action)
    } finally {
      await client.end()
    }
  })
})

describe.each(STORE_KINDS)('two %s stores on one database (two server processes)', (kind) => {
  it('store a record posted to both at once exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-shared-'))
    let stores: ConsentStore[]
    let cleanup = async () => {}
    if (kind === 'sqlite') {
      stores = [sqliteStore(join(dir, 'c.db')), sqliteStore(join(dir, 'c.db'))]
    } else {
      const { default: pg } = await import('pg')
      const { postgresStore } = await import('../../src/server/index')
      const schema = `t_${crypto.randomUUID().replace(/-/g, '')}`
      const admin = new pg.Client({ connectionString: process.env.ASSENT_TEST_PG_URL })
      await admin.connect()
      await admin.query(`CREATE SCHEMA ${schema}`)
      const open = () => postgresStore({ connectionString: process.env.ASSENT_TEST_PG_URL, options: `-c search_path=${schema}`, max: 4 })
      stores = [open(), open()] // both migrate at once: the advisory lock serialises them
      cleanup = async () => {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`)
        await admin.end()
      }
    }
    try {
      const records = Array.from({ length: 20 }, () => stored(new Date()))
      const results = await Promise.all(records.flatMap(([record, canonical]) => stores.map((store) => store.insert(record, canonical))))
      expect(results.filter((r) => r.status === 'created')).toHaveLength(20)
      expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(20)
      for (const [record] of records) expect(await stores[1].listBySubject(record.subject)).toHaveLength(1)
    } finally {
      for (const store of stores) await store.close()
      await cleanup()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('sqlite file', () => {
  it('is WAL with synchronous FULL, at the current schema, and refuses updates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-store-'))
    const path = join(dir, 'c.db')
    const store = sqliteStore(path)
    const [record, canonical] = stored(new Date())
    await store.insert(record, canonical)
    const db = new Database(path)
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('user_version', { simple: true })).toBe(3)
      expect(() => db.prepare("UPDATE consents SET action = 'accept-all' WHERE id = ?").run(record.id)).toThrow(/append-only/)
      expect((db.prepare('SELECT action FROM consents WHERE id = ?').get(record.id) as { action: string }).action).toBe(record.action)
    } finally {
      db.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('migrates a version 1 database in place, keeping its records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-store-'))
    const path = join(dir, 'c.db')
    const [record, canonical] = stored(new Date())
    const v1 = new Database(path)
    v1.exec(`CREATE TABLE consents (id TEXT PRIMARY KEY, subject TEXT NOT NULL, received_at TEXT NOT NULL, action TEXT NOT NULL,
      record TEXT NOT NULL, origin TEXT, user_agent TEXT, ip TEXT); PRAGMA user_version = 1;`)
    v1.prepare('INSERT INTO consents VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL)').run(record.id, record.subject, record.receivedAt, record.action, canonical)
    v1.close()
    const store = sqliteStore(path)
    try {
      expect((await store.listBySubject(record.subject)).map((r) => r.id)).toEqual([record.id])
      await store.deleteSubject(record.subject) // needs the version 2 table
      expect(await store.insert(record, canonical)).toEqual({ status: 'erased' })
    } finally {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses to open a database from a newer schema with a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-store-'))
    const path = join(dir, 'c.db')
    const db = new Database(path)
    db.pragma('user_version = 99')
    db.close()
    const store = sqliteStore(path)
    await expect(store.listBySubject(crypto.randomUUID())).rejects.toThrow(/newer than this server/)
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
