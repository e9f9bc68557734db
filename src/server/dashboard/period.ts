// The overview's period from the query: `period=7|30|90` (days up to today, UTC) or
// `from=YYYY-MM-DD&to=YYYY-MM-DD`. A bad value is a 400 that names the parameter.
import { InvalidRecord } from '../validate-record'

export const PERIODS = [7, 30, 90] as const
const DAY_MS = 86_400_000
const MAX_DAYS = 366
const DATE = /^\d{4}-\d{2}-\d{2}$/

export interface Period {
  from: string
  to: string
  /** 7, 30 or 90 when chosen that way. */
  preset: number | null
  days: string[]
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

function date(query: URLSearchParams, name: string): string | null {
  const value = query.get(name)
  if (value === null || value === '') return null
  if (!DATE.test(value) || Number.isNaN(Date.parse(value)) || isoDay(Date.parse(value)) !== value) {
    throw new InvalidRecord(name, 'must be a date YYYY-MM-DD')
  }
  return value
}

export function parsePeriod(search: string, now = Date.now()): Period {
  const query = new URLSearchParams(search)
  const today = isoDay(now)
  const from = date(query, 'from')
  const to = date(query, 'to')
  const periodText = query.get('period')
  let preset: number | null = null
  if (periodText !== null && periodText !== '') {
    if (from !== null || to !== null) throw new InvalidRecord('period', 'cannot be combined with from/to')
    preset = Number(periodText)
    if (!(PERIODS as readonly number[]).includes(preset) || !/^\d+$/.test(periodText)) throw new InvalidRecord('period', `must be one of ${PERIODS.join(', ')}`)
  } else if (from === null && to === null) {
    preset = 30
  }
  const end = preset !== null ? today : (to ?? today)
  const start = preset !== null ? isoDay(Date.parse(today) - (preset - 1) * DAY_MS) : (from ?? isoDay(Date.parse(end) - 29 * DAY_MS))
  const span = (Date.parse(end) - Date.parse(start)) / DAY_MS
  if (span < 0) throw new InvalidRecord('from', 'must not be after to')
  if (span >= MAX_DAYS) throw new InvalidRecord('from', `must be at most ${MAX_DAYS} days before to`)
  const days: string[] = []
  for (let t = Date.parse(start); t <= Date.parse(end); t += DAY_MS) days.push(isoDay(t))
  return { from: start, to: end, preset, days }
}

/** The query string that selects this period again (for links to CSV and the same view). */
export function periodQuery(period: Period): string {
  return period.preset !== null ? `period=${period.preset}` : `from=${period.from}&to=${period.to}`
}
