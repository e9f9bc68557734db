// The overview's counts as CSV, one row per day, dimension and key (RFC 4180). Keys come from
// clients: a cell that a spreadsheet would read as a formula is prefixed with a quote (OWASP).
import { DIMENSIONS, type CountRow } from './record-counts'

const GRANT_DIMENSIONS = new Set(['category', 'service'])

function cell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function overviewCsv(rows: CountRow[]): string {
  const sorted = [...rows].sort((a, b) => (a.day + a.dimension + '\u0000' + a.key < b.day + b.dimension + '\u0000' + b.key ? -1 : 1))
  const lines = ['day,dimension,key,records,granted,refused']
  for (const row of sorted) {
    if (!(row.dimension in DIMENSIONS)) continue
    const granted = GRANT_DIMENSIONS.has(row.dimension) ? row.hits : ''
    const refused = GRANT_DIMENSIONS.has(row.dimension) || row.dimension === 'action' ? '' : row.hits
    lines.push([row.day, row.dimension, row.key, row.records, granted, refused].map(cell).join(','))
  }
  return lines.join('\r\n') + '\r\n'
}
