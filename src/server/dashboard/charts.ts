// Charts as server-drawn SVG: no script, no library. Each has a <title> and <desc> (its name and
// a one-line summary for screen readers) and a <title> per bar (a tooltip on hover); the exact
// numbers are always in a table next to it.
import { html, type Raw } from './html'

export const number = (n: number) => n.toLocaleString('en-US')

/** The smallest "round" number (1, 2 or 5 times a power of ten) at or above `n`. */
function niceCeiling(n: number): number {
  if (n <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(n))
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power
  return 10 * power
}

export interface StackedBarsSpec {
  id: string
  title: string
  desc: string
  columns: Array<{ label: string; values: Record<string, number> }>
  series: Array<{ name: string; cls: string }>
}

export function stackedBars({ id, title, desc, columns, series }: StackedBarsSpec): Raw {
  const width = 720, height = 270, left = 56, right = 8, top = 24, bottom = 32
  const plotW = width - left - right, plotH = height - top - bottom
  const max = niceCeiling(Math.max(0, ...columns.map((c) => series.reduce((sum, s) => sum + (c.values[s.name] ?? 0), 0))))
  const slot = plotW / Math.max(1, columns.length)
  const barW = Math.max(1, slot - (slot > 6 ? 2 : 0.5))
  const y = (v: number) => top + plotH - (v / max) * plotH
  const bars = columns.map((column, i) => {
    let base = 0
    return series.map((s) => {
      const value = column.values[s.name] ?? 0
      if (value === 0) return ''
      const rect = html`<rect class="${s.cls}" x="${(left + i * slot).toFixed(1)}" y="${y(base + value).toFixed(1)}" width="${barW.toFixed(1)}" height="${((value / max) * plotH).toFixed(1)}"><title>${column.label}: ${s.name} ${number(value)}</title></rect>`
      base += value
      return rect
    })
  })
  const ticks = [0, max / 2, max].map((v) => html`<line class="axis" x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/><text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${number(v)}</text>`)
  const labelAt = [0, Math.floor((columns.length - 1) / 2), columns.length - 1].filter((v, i, all) => all.indexOf(v) === i && v >= 0)
  const labels = labelAt.map((i) => {
    const anchor = i === 0 ? 'start' : i === columns.length - 1 ? 'end' : 'middle'
    const x = i === 0 ? left : i === columns.length - 1 ? left + (i + 1) * slot : left + (i + 0.5) * slot
    return html`<text x="${x.toFixed(1)}" y="${height - 8}" text-anchor="${anchor}">${columns[i].label}</text>`
  })
  return html`<svg class="chart stacked" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${title}</title><desc id="${id}-d">${desc}</desc>${ticks}${bars}${labels}</svg>`
}

export interface RateBarsSpec {
  id: string
  title: string
  desc: string
  /** `share` from 0 to 1; `text` is written at the bar's end. */
  items: Array<{ label: string; share: number; text: string; tip?: string }>
  cls?: string
}

export function rateBars({ id, title, desc, items, cls = 'bar' }: RateBarsSpec): Raw {
  // Narrow, so that in a column of the page the text stays readable (the stylesheet sizes it up on a phone).
  const row = 34, width = 480, labelW = 120, textW = 80
  const barMax = width - labelW - textW
  const height = Math.max(1, items.length) * row + 4
  const rows = items.map((item, i) => {
    const yTop = 2 + i * row
    const label = item.label.length > 12 ? `${item.label.slice(0, 11)}…` : item.label
    return html`<text x="${labelW - 8}" y="${yTop + 22}" text-anchor="end">${label}</text>
<rect class="track" x="${labelW}" y="${yTop + 6}" width="${barMax}" height="${row - 12}"/>
<rect class="${cls}" x="${labelW}" y="${yTop + 6}" width="${(Math.min(1, Math.max(0, item.share)) * barMax).toFixed(1)}" height="${row - 12}"><title>${item.label}: ${item.tip ?? item.text}</title></rect>
<text x="${labelW + barMax + 8}" y="${yTop + 22}">${item.text}</text>`
  })
  return html`<svg class="chart rates" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${title}</title><desc id="${id}-d">${desc}</desc>${rows}</svg>`
}

/** A data table with a caption; `numeric` columns are right-aligned. */
export function dataTable(caption: string, head: string[], rows: Array<Array<string | number>>, numeric: number[] = []): Raw {
  const cell = (value: string | number, i: number, tag: 'td' | 'th') => html`<${tag === 'td' ? html`td` : html`th scope="col"`}${numeric.includes(i) ? html` class="n"` : ''}>${typeof value === 'number' ? number(value) : value}</${tag === 'td' ? html`td` : html`th`}>`
  return html`<div class="scroll" role="region" aria-label="${caption}" tabindex="0"><table><caption class="muted">${caption}</caption><thead><tr>${head.map((h, i) => cell(h, i, 'th'))}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${r.map((v, i) => cell(v, i, 'td'))}</tr>`)}</tbody></table></div>`
}
