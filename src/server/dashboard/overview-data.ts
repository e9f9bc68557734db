// The overview's figures, folded from the store's daily counts (record-counts.ts): decisions
// per day by action, grant rates per category and service, and records and refusals by
// signal, language, policy version, regime and region.
import type { CountRow } from './record-counts'
import type { Period } from './period'

/** Actions in a fixed order, so each keeps its colour; others (from a newer client) follow. */
export const ACTION_ORDER = ['accept-all', 'custom', 'reject-all', 'withdraw', 'notice']

export interface KeyFigure {
  key: string
  records: number
  /** Grants (categories, services), refusals (the rest). */
  hits: number
}

export interface Overview {
  period: Period
  total: number
  refusals: number
  actions: string[]
  /** Per day of the period, oldest first: count per action. */
  perDay: Array<{ day: string; counts: Record<string, number>; total: number }>
  actionTotals: Record<string, number>
  category: KeyFigure[]
  service: KeyFigure[]
  signal: KeyFigure[]
  language: KeyFigure[]
  policy: KeyFigure[]
  regime: KeyFigure[]
  region: KeyFigure[]
}

function byKey(rows: CountRow[], dimension: string): KeyFigure[] {
  const sums = new Map<string, KeyFigure>()
  for (const row of rows) {
    if (row.dimension !== dimension) continue
    const figure = sums.get(row.key) ?? { key: row.key, records: 0, hits: 0 }
    figure.records += row.records
    figure.hits += row.hits
    sums.set(row.key, figure)
  }
  return [...sums.values()].sort((a, b) => b.records - a.records || (a.key < b.key ? -1 : 1))
}

export function buildOverview(period: Period, rows: CountRow[]): Overview {
  const perDay = new Map(period.days.map((day) => [day, { day, counts: {} as Record<string, number>, total: 0 }]))
  const actionTotals: Record<string, number> = {}
  for (const row of rows) {
    if (row.dimension !== 'action') continue
    const day = perDay.get(row.day)
    if (!day) continue
    day.counts[row.key] = (day.counts[row.key] ?? 0) + row.records
    day.total += row.records
    actionTotals[row.key] = (actionTotals[row.key] ?? 0) + row.records
  }
  const seen = Object.keys(actionTotals)
  const actions = [...ACTION_ORDER.filter((a) => seen.includes(a)), ...seen.filter((a) => !ACTION_ORDER.includes(a)).sort()]
  const all = byKey(rows, 'all')[0] ?? { records: 0, hits: 0 }
  return {
    period, total: all.records, refusals: all.hits, actions, perDay: [...perDay.values()], actionTotals,
    category: byKey(rows, 'category'), service: byKey(rows, 'service'), signal: byKey(rows, 'signal'),
    language: byKey(rows, 'language'), policy: byKey(rows, 'policy'), regime: byKey(rows, 'regime'), region: byKey(rows, 'region'),
  }
}

/** A share as a percentage with one decimal ("41.7 %"), or "–" for none. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`
}
