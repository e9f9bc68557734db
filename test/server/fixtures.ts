// Shared by the server tests: valid records, and the real handler on a real HTTP server over a
// real SQLite file or (when ASSENT_TEST_PG_URL is set) a fresh schema in PostgreSQL.
import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { createHandler, postgresStore, sqliteStore, toNodeListener, type ConsentStore, type HandlerOptions } from '../../src/server/index'
import type { ConsentRecord } from '../../src/core/types'

export const PG_URL = process.env.ASSENT_TEST_PG_URL

/** The stores every protocol test runs against. */
export const STORE_KINDS: Array<'sqlite' | 'postgres'> = PG_URL ? ['sqlite', 'postgres'] : ['sqlite']
/** The stores and SQLite's writer thread (sqliteStore's `writer: 'thread'`), for the tests of
 * what every insert path must do. */
export type StoreKind = 'sqlite' | 'sqlite-thread' | 'postgres'
export const WRITE_KINDS: StoreKind[] = ['sqlite', 'sqlite-thread', ...(PG_URL ? ['postgres' as const] : [])]
if (!PG_URL) console.warn('assent server tests: ASSENT_TEST_PG_URL is not set, so PostgreSQL was NOT tested (source scripts/test-postgres.sh)')

export function makeRecord(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  const now = Date.now()
  return {
    id: crypto.randomUUID(),
    subject: crypto.randomUUID(),
    policyVersion: '2025-01-08',
    choices: { necessary: true, analytics: true, marketing: false },
    services: { ga4: true, hotjar: true },
    action: 'custom',
    source: 'banner',
    signals: { doNotTrack: false, globalPrivacyControl: false },
    language: 'en',
    url: 'https://example.com/shop',
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 182 * 86_400_000).toISOString(),
    ...overrides,
  }
}

export interface StoreHandle {
  store: ConsentStore
  /** The SQLite file or the PostgreSQL schema, for tests that open it directly. */
  path?: string
  schema?: string
  /** Erases what the store holds (the temp file or the schema). */
  dispose(): Promise<void>
}

export async function openTestStore(kind: StoreKind): Promise<StoreHandle> {
  if (kind !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'assent-test-'))
    const store = sqliteStore(join(dir, 'consent.db'), { writer: kind === 'sqlite-thread' ? 'thread' : 'event-loop' })
    return { store, path: join(dir, 'consent.db'), async dispose() { await store.close(); rmSync(dir, { recursive: true, force: true }) } }
  }
  const { default: pg } = await import('pg')
  const schema = `t_${crypto.randomUUID().replace(/-/g, '')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  const store = postgresStore({ connectionString: PG_URL, options: `-c search_path=${schema}`, max: 4 })
  return {
    store,
    schema,
    async dispose() {
      await store.close().catch(() => {})
      await admin.query(`DROP SCHEMA ${schema} CASCADE`)
      await admin.end()
    },
  }
}

export interface TestApi {
  url: string
  store: ConsentStore
  /** The SQLite file, for a SQLite store. */
  path?: string
  post(body: unknown, headers?: Record<string, string>): Promise<Response>
  close(): Promise<void>
}

/** The handler under /v1 on 127.0.0.1:0, with `options` over the defaults. */
export async function startApi(kind: StoreKind, options: Partial<HandlerOptions> = {}): Promise<TestApi> {
  const handle = await openTestStore(kind)
  const handler = createHandler({ store: handle.store, basePath: '/v1', rateLimit: false, ...options })
  const server = createServer(toNodeListener(handler))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  return {
    url,
    store: handle.store,
    path: handle.path,
    post: (body, headers = {}) => fetch(`${url}/consents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
    }),
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await handle.dispose()
    },
  }
}
