// Shared by the dashboard's Chromium tests: seeding a store with records over 90 days, starting
// the real CLI on it, reading the figures off the pages, and the figures the records say,
// computed here on their own (not with the server's counting code).
import type { Page } from 'playwright-core'
import { canonicalJson } from '../../src/server/canonical-json'
import { postgresStore, sqliteStore, type ConsentStore, type StoredRecord } from '../../src/server/index'
import { seedRecords } from '../../scripts/seed-records.mjs'
import { PG_URL } from '../server/fixtures'
import { axeSource } from './ui-pages'

export const TOKEN = 'dashboard-test-token-0123456789'

export async function seed(store: ConsentStore, records: StoredRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 200) {
    await Promise.all(records.slice(i, i + 200).map(({ receivedAt, origin, userAgent, ip, ...record }) =>
      store.insert({ ...record, receivedAt, origin, userAgent, ip } as StoredRecord, canonicalJson(record))))
  }
}

/** A database for the CLI: a SQLite file, or a fresh PostgreSQL schema (as a --db URL). */
export async function seededDatabase(kind: 'sqlite' | 'postgres', dir: string, records: StoredRecord[]): Promise<{ db: string; drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const db = `${dir}/consent.db`
    const store = sqliteStore(db)
    await seed(store, records)
    await store.close()
    return { db, drop: async () => {} }
  }
  const { default: pg } = await import('pg')
  const schema = `d_${crypto.randomUUID().replace(/-/g, '')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  const store = postgresStore({ connectionString: PG_URL, options: `-c search_path=${schema}`, max: 4 })
  await seed(store, records)
  await store.close()
  const url = new URL(PG_URL!)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return { db: url.toString(), drop: async () => { await admin.query(`DROP SCHEMA ${schema} CASCADE`); await admin.end() } }
}

export function makeSeeds(now: number, newestAgoMinutes: number): { records: StoredRecord[]; subject: string } {
  const records = seedRecords({ days: 90, perDay: 25, now, newestAgoMinutes }) as unknown as StoredRecord[]
  // One visitor with three records over the period, for the look-up.
  const subject = records[40].subject
  for (const i of [900, records.length - 5]) records[i] = { ...records[i], subject }
  return { records, subject }
}

export type Figures = Record<string, [number, number]>

/** What the records say, for the days from..to: per dimension, key -> [records, hits]. */
export function expectedFigures(records: StoredRecord[], from: string, to: string) {
  const inPeriod = records.filter((r) => r.receivedAt.slice(0, 10) >= from && r.receivedAt.slice(0, 10) <= to)
  const table = () => ({}) as Figures
  const out = { perDay: {} as Record<string, Record<string, number>>, category: table(), service: table(), signal: table(), language: table(), policy: table(), regime: table(), region: table() }
  const bump = (t: Figures, key: string, hit: boolean) => {
    const cell = (t[key] ??= [0, 0])
    cell[0]++
    if (hit) cell[1]++
  }
  for (const r of inPeriod) {
    const day = (out.perDay[r.receivedAt.slice(0, 10)] ??= {})
    day[r.action] = (day[r.action] ?? 0) + 1
    const refused = r.action === 'reject-all'
    for (const [name, on] of Object.entries(r.choices)) bump(out.category, name, on)
    for (const [name, on] of Object.entries(r.services)) bump(out.service, name, on)
    if (r.signals.globalPrivacyControl) bump(out.signal, 'Global Privacy Control', r.source === 'signal')
    if (r.signals.doNotTrack) bump(out.signal, 'Do Not Track', r.source === 'signal')
    bump(out.language, r.language, refused)
    bump(out.policy, r.policyVersion, refused)
    const regime = (r as { regime?: { region: string | null; model: string } }).regime
    if (regime) {
      bump(out.regime, regime.model, refused)
      bump(out.region, regime.region ?? 'unknown', refused)
    }
  }
  return { ...out, total: inPeriod.length }
}

/** A table's body rows by its caption, as cell texts. */
export function tableRows(page: Page, caption: string): Promise<string[][]> {
  return page.evaluate((caption) => {
    const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent === caption)
    if (!table) throw new Error(`no table "${caption}"`)
    return [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent ?? ''))
  }, caption)
}

export const toNumber = (text: string) => Number(text.replace(/,/g, ''))

/** key -> [records, hits] from a table whose columns are key, records, hits, ... */
export async function figuresOf(page: Page, caption: string, columns = [1, 2]): Promise<Figures> {
  const rows = await tableRows(page, caption)
  return Object.fromEntries(rows.map((r) => [r[0], [toNumber(r[columns[0]]), toNumber(r[columns[1]])]]))
}

/** Drops the keys with no records (a table lists every signal, with zeros). */
export const nonEmpty = (figures: Figures) => Object.fromEntries(Object.entries(figures).filter(([, [n]]) => n > 0))

/** CSP violations seen by the page (installed before any page loads). */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] }
    w.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
}

/** axe-core on the whole page. Run through the debugger protocol (evaluate), which the page's
 * CSP does not govern: the CSP stays strict and the page itself runs no script. */
export async function axeOnPage(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`)
  })
}

export async function signIn(page: Page, base: string, token = TOKEN): Promise<void> {
  await page.goto(`${base}/dashboard`)
  await page.fill('#token', token)
  // Signed in: the redirect to the overview; refused: the form again, with its notice.
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/dashboard/sign-in')), page.click('button[type=submit]')])
  if (answer.status() === 303) await page.waitForURL((url) => url.pathname !== '/dashboard/sign-in')
  await page.waitForLoadState('load')
}
