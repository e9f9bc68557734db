// The dashboard's daily counts against SQLite and PostgreSQL: kept in step with inserts,
// duplicates, erasures and purges, and built by the migration from records already stored.
// The expected figures are computed here from the records themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/server/canonical-json'
import type { ConsentStore, StoredRecord } from '../../src/server/index'
import { makeRecord, openTestStore, PG_URL, STORE_KINDS, type StoreHandle } from './fixtures'

const DAY = 86_400_000

function stored(receivedAt: Date, overrides: Record<string, unknown> = {}): [StoredRecord, string] {
  const record = makeRecord(overrides)
  return [{ ...record, receivedAt: receivedAt.toISOString(), origin: null, userAgent: null, ip: null }, canonicalJson(record)]
}

/** day|dimension|key -> "records/hits", from the records, written without the server's code. */
function expected(records: StoredRecord[]): Record<string, string> {
  const out: Record<string, [number, number]> = {}
  const bump = (day: string, dimension: string, key: string, hit: boolean) => {
    const cell = (out[`${day}|${dimension}|${key}`] ??= [0, 0])
    cell[0]++
    if (hit) cell[1]++
  }
  for (const r of records) {
    const day = r.receivedAt.slice(0, 10)
    const refused = r.action === 'reject-all'
    bump(day, 'all', '', refused)
    bump(day, 'action', r.action, false)
    for (const [name, on] of Object.entries(r.choices)) bump(day, 'category', name, on)
    for (const [name, on] of Object.entries(r.services)) bump(day, 'service', name, on)
    if (r.signals.doNotTrack) bump(day, 'signal', 'dnt', r.source === 'signal')
    if (r.signals.globalPrivacyControl) bump(day, 'signal', 'gpc', r.source === 'signal')
    bump(day, 'language', r.language, refused)
    bump(day, 'policy', r.policyVersion, refused)
    const regime = (r as { regime?: { region: string | null; model: string } }).regime
    if (regime) {
      bump(day, 'regime', regime.model, refused)
      bump(day, 'region', regime.region ?? 'unknown', refused)
      bump(day, 'regime-region', `${regime.model} ${regime.region ?? 'unknown'}`, refused)
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, [n, h]]) => [k, `${n}/${h}`]))
}

async function actual(store: ConsentStore, from: string, to: string): Promise<Record<string, string>> {
  const rows = await store.counts!(from, to)
  return Object.fromEntries(rows.map((r) => [`${r.day}|${r.dimension}|${r.key}`, `${r.records}/${r.hits}`]))
}

function sample(now: number): Array<[StoredRecord, string]> {
  const out: Array<[StoredRecord, string]> = []
  for (let i = 0; i < 60; i++) {
    const at = new Date(now - (i % 6) * DAY - i * 60_000)
    const signal = i % 7 === 0
    out.push(stored(at, {
      action: signal ? 'reject-all' : (['accept-all', 'reject-all', 'custom'] as const)[i % 3],
      source: signal ? 'signal' : 'banner',
      signals: { doNotTrack: i % 5 === 0, globalPrivacyControl: signal },
      language: i % 4 === 0 ? 'de' : 'en',
      policyVersion: i % 10 === 0 ? 'v1' : 'v2',
      choices: { necessary: true, analytics: i % 2 === 0, marketing: i % 3 === 0 },
      services: i % 2 ? { ga4: i % 4 === 1 } : {},
      ...(i % 3 === 0 ? { regime: { region: i % 2 ? 'US-CA' : null, model: i % 2 ? 'opt-out' : 'opt-in' } } : {}),
    }))
  }
  return out
}

describe.each(STORE_KINDS)('%s dashboard counts', (kind) => {
  let handle: StoreHandle
  let store: ConsentStore
  const now = Date.now()
  const from = new Date(now - 40 * DAY).toISOString().slice(0, 10)
  const to = new Date(now + DAY).toISOString().slice(0, 10)
  const records = sample(now)
  beforeAll(async () => {
    handle = await openTestStore(kind)
    store = handle.store
    await Promise.all(records.map(([record, canonical]) => store.insert(record, canonical)))
  })
  afterAll(async () => handle?.dispose())

  it('counts every stored record once, a retried one not again', async () => {
    const [first, canonical] = records[0]
    expect((await store.insert(first, canonical)).status).toBe('duplicate')
    expect(await actual(store, from, to)).toEqual(expected(records.map(([r]) => r)))
  })

  it('takes an erased subject out of the counts', async () => {
    const [[gone]] = records.splice(3, 1)
    expect(await store.deleteSubject(gone.subject)).toBe(1)
    expect(await actual(store, from, to)).toEqual(expected(records.map(([r]) => r)))
  })

  it('takes purged records out of the counts, whole days and the partial last day', async () => {
    const cut = new Date(now - 3 * DAY - 30 * 60_000)
    await store.purgeOlderThan(cut)
    const kept = records.map(([r]) => r).filter((r) => r.receivedAt >= cut.toISOString())
    expect(kept.length).toBeLessThan(records.length)
    expect(await actual(store, from, to)).toEqual(expected(kept))
  })

  it('answers the records of an hour and the time of the newest', async () => {
    const all = (await Promise.all(records.map(([r]) => store.listBySubject(r.subject)))).flat()
    const newest = all.map((r) => r.receivedAt).sort().at(-1)
    expect(await store.lastReceivedAt!()).toBe(newest)
    const start = new Date(now - 2 * 3_600_000)
    const inHour = all.filter((r) => r.receivedAt >= start.toISOString() && r.receivedAt < new Date(now + 1).toISOString()).length
    expect(inHour).toBeGreaterThan(0)
    expect(await store.receivedBetween!(start, new Date(now + 1))).toBe(inHour)
  })
})

describe.each(STORE_KINDS)('%s migration to schema 3', (kind) => {
  it('builds the counts from the records a schema 2 database already holds', async () => {
    const handle = await openTestStore(kind)
    const now = Date.now()
    const records = sample(now)
    await Promise.all(records.map(([record, canonical]) => handle.store.insert(record, canonical)))
    await handle.store.close()
    // Back to schema 2: no counts table.
    let reopened: ConsentStore
    if (kind === 'sqlite') {
      const { default: Database } = await import('better-sqlite3')
      const path = handle.path!
      const db = new Database(path)
      db.exec('DROP TABLE consent_counts; PRAGMA user_version = 2;')
      db.close()
      const { sqliteStore } = await import('../../src/server/index')
      reopened = sqliteStore(path)
    } else {
      const { default: pg } = await import('pg')
      const schema = handle.schema!
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      await client.query(`DROP TABLE ${schema}.assent_consent_counts; UPDATE ${schema}.assent_schema SET version = 2`)
      await client.end()
      const { postgresStore } = await import('../../src/server/index')
      reopened = postgresStore({ connectionString: PG_URL, options: `-c search_path=${schema}`, max: 2 })
    }
    try {
      const from = new Date(now - 10 * DAY).toISOString().slice(0, 10)
      const to = new Date(now + DAY).toISOString().slice(0, 10)
      expect(await actual(reopened, from, to)).toEqual(expected(records.map(([r]) => r)))
      expect((await reopened.listBySubject(records[5][0].subject))[0].id).toBe(records[5][0].id)
    } finally {
      await reopened.close()
      await handle.dispose()
    }
  })
})
