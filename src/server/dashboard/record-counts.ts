// What one stored record adds to the dashboard's daily counts. The counts are kept next to the
// records (table consent_counts: day, dimension, key, records, hits) and changed in the same
// transaction as the records they count, so the overview reads days x keys rows, not records.
import type { StoredRecord } from '../types'

/** A day's count: `records` that have `key` in `dimension`; `hits` is what the dimension counts
 * among them (see DIMENSIONS). */
export interface CountRow {
  day: string
  dimension: string
  key: string
  records: number
  hits: number
}

/** The dimensions, and what `hits` means in each. */
export const DIMENSIONS = {
  all: 'refusals (reject-all)',
  action: 'none',
  category: 'grants',
  service: 'grants',
  signal: 'refusals made by the honoured signal (source "signal")',
  language: 'refusals (reject-all)',
  policy: 'refusals (reject-all)',
  regime: 'refusals (reject-all)',
  region: 'refusals (reject-all)',
  /** Key `MODEL REGION`: GET /stats breaks each day down by regime model and region. */
  'regime-region': 'refusals (reject-all)',
} as const
export type Dimension = keyof typeof DIMENSIONS

// Keys come from the client (validated, but open-ended): cut so that a row stays small.
const key = (value: string) => value.slice(0, 64)

type RecordLike = Pick<StoredRecord, 'action' | 'choices' | 'services' | 'signals' | 'source' | 'language' | 'policyVersion'> & {
  regime?: { region?: unknown; model?: unknown } | null
}

/** [dimension, key, hit] for each count the record is part of. */
export function countsOf(record: RecordLike): Array<[Dimension, string, 0 | 1]> {
  const refused = record.action === 'reject-all' ? 1 : 0
  const bySignal = record.source === 'signal' ? 1 : 0
  const out: Array<[Dimension, string, 0 | 1]> = [['all', '', refused], ['action', key(record.action), 0]]
  for (const [name, granted] of Object.entries(record.choices ?? {})) out.push(['category', key(name), granted ? 1 : 0])
  for (const [name, granted] of Object.entries(record.services ?? {})) out.push(['service', key(name), granted ? 1 : 0])
  if (record.signals?.doNotTrack) out.push(['signal', 'dnt', bySignal])
  if (record.signals?.globalPrivacyControl) out.push(['signal', 'gpc', bySignal])
  out.push(['language', key(String(record.language)), refused], ['policy', key(String(record.policyVersion)), refused])
  // Records from before regimes (SPEC 10) carry none: they are left out of these two.
  const regime = record.regime
  if (regime && typeof regime === 'object' && typeof regime.model === 'string') {
    out.push(['regime', key(regime.model), refused])
    const region = typeof regime.region === 'string' && regime.region ? key(regime.region) : 'unknown'
    out.push(['region', region, refused], ['regime-region', key(regime.model) + ' ' + region, refused])
  }
  return out
}

/** Count changes, summed per (day, dimension, key) before they are written. */
export class CountDeltas {
  readonly map = new Map<string, CountRow>()

  /** `sign` 1 for a stored record, -1 for an erased one. */
  add(receivedAt: string, record: RecordLike, sign: 1 | -1): void {
    const day = receivedAt.slice(0, 10)
    for (const [dimension, name, hit] of countsOf(record)) {
      const id = `${day}\t${dimension}\t${name}`
      let row = this.map.get(id)
      if (!row) this.map.set(id, (row = { day, dimension, key: name, records: 0, hits: 0 }))
      row.records += sign
      row.hits += sign * hit
    }
  }

  addJson(receivedAt: string, recordJson: string | object, sign: 1 | -1): void {
    this.add(receivedAt, (typeof recordJson === 'string' ? JSON.parse(recordJson) : recordJson) as RecordLike, sign)
  }

  /** Sorted, so that concurrent writers lock rows in one order (no deadlock in PostgreSQL). */
  rows(): CountRow[] {
    return [...this.map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row).filter((row) => row.records !== 0 || row.hits !== 0)
  }
}
