// The overview page: how visitors decided over the chosen period, as charts with their tables.
import { dataTable, number, rateBars, stackedBars } from './charts'
import { html, type Raw } from './html'
import { percent, type KeyFigure, type Overview } from './overview-data'
import { PERIODS, periodQuery } from './period'

const ACTION_CLASS: Record<string, number> = { 'accept-all': 0, 'reject-all': 1, custom: 2, withdraw: 3, notice: 4 }
const actionClass = (action: string) => ACTION_CLASS[action] ?? 5

function periodPicker(base: string, overview: Overview): Raw {
  const { period } = overview
  return html`<nav class="periods" aria-label="Period"><ul>${PERIODS.map((days) =>
    html`<li><a href="${base}?period=${days}"${period.preset === days ? html` aria-current="true"` : ''}>${days} days</a></li>`)}</ul>
<form method="get" action="${base === '' ? '/' : base}" class="inline"><div><label for="from">From</label><input type="date" id="from" name="from" value="${period.from}"></div>
<div><label for="to">To</label><input type="date" id="to" name="to" value="${period.to}"></div><button type="submit">Show</button></form></nav>`
}

function section(id: string, title: string, body: Raw | string): Raw {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body}</section>`
}

function numbers(table: Raw): Raw {
  return html`<details><summary>The numbers as a table</summary>${table}</details>`
}

function decisionsPerDay(overview: Overview): Raw {
  if (overview.total === 0) return html`<p>No records in this period.</p>`
  const { actions, perDay } = overview
  const busiest = perDay.reduce((a, b) => (b.total > a.total ? b : a))
  const chart = stackedBars({
    id: 'per-day', title: 'Decisions per day, stacked by action',
    desc: `${number(overview.total)} decisions from ${overview.period.from} to ${overview.period.to}; ${actions.map((a) => `${a} ${number(overview.actionTotals[a])}`).join(', ')}; the busiest day ${busiest.day} with ${number(busiest.total)}.`,
    columns: perDay.map((d) => ({ label: d.day, values: d.counts })),
    series: actions.map((name) => ({ name, cls: `s${actionClass(name)}` })),
  })
  const legend = html`<ul class="legend">${actions.map((a) => html`<li><span class="swatch k${actionClass(a)}" aria-hidden="true"></span>${a}: ${number(overview.actionTotals[a])}</li>`)}</ul>`
  const table = dataTable('Decisions per day by action', ['Day', ...actions, 'Total'],
    perDay.map((d) => [d.day, ...actions.map((a) => d.counts[a] ?? 0), d.total]), actions.map((_, i) => i + 1).concat(actions.length + 1))
  return html`<figure>${chart}<figcaption>${legend}</figcaption></figure>${numbers(table)}`
}

function rates(id: string, noun: string, figures: KeyFigure[], hitName: 'granted' | 'refused', cls: string): Raw {
  if (figures.length === 0) return html`<p>No records in this period${noun === 'regime' || noun === 'region' ? ' carry a regime' : ''}.</p>`
  const shown = figures.slice(0, 12)
  const chart = rateBars({
    id, cls,
    title: `${hitName === 'granted' ? 'Grant' : 'Refusal'} rate by ${noun}`,
    desc: shown.map((f) => `${f.key || '(empty)'} ${percent(f.hits, f.records)} of ${number(f.records)}`).join('; ') + (figures.length > shown.length ? `; and ${figures.length - shown.length} more in the table` : ''),
    items: shown.map((f) => ({ label: f.key, share: f.records ? f.hits / f.records : 0, text: percent(f.hits, f.records), tip: `${percent(f.hits, f.records)} of ${number(f.records)} (${number(f.hits)} ${hitName})` })),
  })
  const table = dataTable(`${hitName === 'granted' ? 'Grants' : 'Refusals'} by ${noun}`, [noun[0].toUpperCase() + noun.slice(1), 'Records', hitName === 'granted' ? 'Granted' : 'Refused', 'Rate'],
    figures.map((f) => [f.key, f.records, f.hits, percent(f.hits, f.records)]), [1, 2, 3])
  return html`<figure>${chart}</figure>${numbers(table)}`
}

function signals(overview: Overview): Raw {
  const names: Record<string, string> = { dnt: 'Do Not Track', gpc: 'Global Privacy Control' }
  const rows = ['gpc', 'dnt'].map((key) => {
    const f = overview.signal.find((s) => s.key === key) ?? { key, records: 0, hits: 0 }
    return [names[key], f.records, percent(f.records, overview.total), f.hits, percent(f.hits, f.records)]
  })
  return html`<p>Records sent with each browser signal, and how many of them the signal itself refused (the site honours it: <code>source: "signal"</code>).</p>
${dataTable('Refusals by browser signal', ['Signal', 'Records with the signal', 'Share of all records', 'Refused by the signal', 'Rate'], rows, [1, 2, 3, 4])}`
}

export function overviewBody(base: string, overview: Overview): Raw {
  const { total, refusals, actionTotals } = overview
  const query = periodQuery(overview.period)
  const summary = html`<dl class="summary">
<div><dt>Decisions</dt><dd>${number(total)}</dd></div>
<div><dt>Accept all</dt><dd>${percent(actionTotals['accept-all'] ?? 0, total)}</dd></div>
<div><dt>Reject all</dt><dd>${percent(refusals, total)}</dd></div>
<div><dt>Custom choice</dt><dd>${percent(actionTotals.custom ?? 0, total)}</dd></div></dl>`
  return html`${periodPicker(base, overview)}
<p>From ${overview.period.from} to ${overview.period.to} (UTC). <a href="${base}/overview.csv?${query}" download>Download these figures as CSV</a></p>
${summary}
${section('h-per-day', 'Decisions per day', decisionsPerDay(overview))}
<div class="grid">${section('h-category', 'Grant rate per category', rates('category', 'category', overview.category, 'granted', 'bar'))}
${section('h-service', 'Grant rate per service', rates('service', 'service', overview.service, 'granted', 'bar'))}</div>
${section('h-signal', 'Refusals by signal', signals(overview))}
<div class="grid">${section('h-language', 'Refusals by language', rates('language', 'language', overview.language, 'refused', 'bar2'))}
${section('h-policy', 'Refusals by policy version', rates('policy', 'policy version', overview.policy, 'refused', 'bar2'))}
${section('h-regime', 'Refusals by regime', rates('regime', 'regime', overview.regime, 'refused', 'bar2'))}
${section('h-region', 'Refusals by region', rates('region', 'region', overview.region, 'refused', 'bar2'))}</div>`
}
