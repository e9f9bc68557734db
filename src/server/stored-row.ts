// Mapping between a StoredRecord and the one table both stores use: the client's record kept
// verbatim as canonical JSON (the proof), with the server's additions in their own columns.
import * as crypto from 'node:crypto'
import { canonicalJson } from './canonical-json'
import type { ConsentRecord, DailyStats, StoredRecord } from './types'

export interface Row {
  id: string
  subject: string
  received_at: string
  action: string
  record: string
  origin: string | null
  user_agent: string | null
  ip: string | null
}

export function toRow(stored: StoredRecord): Row {
  const { receivedAt, origin, userAgent, ip, ...record } = stored
  return {
    id: record.id, subject: record.subject, received_at: receivedAt, action: record.action,
    // As sent (field and category order kept); compared canonically on a retry.
    record: JSON.stringify(record), origin, user_agent: userAgent, ip,
  }
}

/** Whether a stored record JSON has the same content as a posted record's canonical JSON. */
export function sameContent(storedJson: string, canonical: string): boolean {
  return canonicalJson(JSON.parse(storedJson)) === canonical
}

export function fromRow(row: Row): StoredRecord {
  const record = (typeof row.record === 'string' ? JSON.parse(row.record) : row.record) as ConsentRecord
  return { ...record, receivedAt: row.received_at, origin: row.origin, userAgent: row.user_agent, ip: row.ip }
}

/** The first day after `to`, as the exclusive upper bound on received_at. */
export function dayAfter(to: string): string {
  return new Date(Date.parse(to) + 86_400_000).toISOString().slice(0, 10)
}

/** Folds grouped counts into one entry per day, oldest first. */
export function foldStats(
  actions: Array<{ day: string; action: string; count: number | string }>,
  grants: Array<{ day: string; category: string; count: number | string }>,
  regimes: Array<{ day: string; model: string; region: string; count: number | string }> = [],
): DailyStats[] {
  const days = new Map<string, DailyStats>()
  const entry = (day: string) => {
    let stats = days.get(day)
    if (!stats) days.set(day, (stats = { day, actions: {}, grants: {}, regimes: {}, total: 0 }))
    return stats
  }
  for (const row of actions) {
    const stats = entry(row.day)
    stats.actions[row.action] = Number(row.count)
    stats.total += Number(row.count)
  }
  for (const row of grants) entry(row.day).grants[row.category] = Number(row.count)
  for (const row of regimes) (entry(row.day).regimes[row.model] ??= {})[row.region] = Number(row.count)
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1))
}

/** GET /stats from the dashboard's daily counts: the same figures as grouping the records, in
 * days x keys rows rather than one pass over every record (and its JSON) of the period. */
export function statsFromCounts(rows: Array<{ day: string; dimension: string; key: string; records: number; hits: number }>): DailyStats[] {
  return foldStats(
    rows.filter((row) => row.dimension === 'action').map((row) => ({ day: row.day, action: row.key, count: row.records })),
    rows.filter((row) => row.dimension === 'category' && row.hits > 0).map((row) => ({ day: row.day, category: row.key, count: row.hits })),
    rows.filter((row) => row.dimension === 'regime-region').map((row) => {
      const [model, region] = row.key.split(' ')
      return { day: row.day, model, region, count: row.records }
    }),
  )
}

// crypto.hash (Node 20.12+): one call, no Hash object per POST; createHash on older Nodes.
const sha256Hex: (text: string) => string = typeof (crypto as { hash?: unknown }).hash === 'function'
  ? (text) => (crypto as unknown as { hash(algorithm: string, data: string, encoding: 'hex'): string }).hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text).digest('hex')

/** How an erased subject is remembered: a hash, not the id itself. */
export function subjectHash(subject: string): string {
  return sha256Hex(subject)
}
