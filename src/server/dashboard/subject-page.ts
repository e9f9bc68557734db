// Subject look-up: one visitor's records newest first, their export (the API's document) and
// erasure behind a confirmation step. The subject id travels only in POST bodies, never in a
// URL, so it does not end up in proxy logs or the browser history.
import { html, type Raw } from './html'
import type { StoredRecord } from '../types'

function hidden(csrf: string, id?: string): Raw {
  return html`<input type="hidden" name="csrf" value="${csrf}">${id === undefined ? '' : html`<input type="hidden" name="id" value="${id}">`}`
}

export function lookupForm(base: string, csrf: string, value = '', error?: string): Raw {
  return html`<form method="post" action="${base}/subject" class="inline">${hidden(csrf)}
<div><label for="id">Subject id</label><input type="text" id="id" name="id" value="${value}" autocomplete="off" spellcheck="false"
 pattern="[0-9a-fA-F-]{36}" aria-describedby="id-help${error ? ' id-error' : ''}"${error ? html` aria-invalid="true"` : ''} required></div>
<button type="submit" class="primary">Look up</button></form>
<p id="id-help" class="muted">The visitor's id (a UUID), as shown in the site's preferences dialog or in their export.</p>
${error ? html`<p id="id-error" class="error" role="alert">${error}</p>` : ''}`
}

const list = (map: Record<string, boolean>) => {
  const entries = Object.entries(map ?? {})
  if (entries.length === 0) return 'none'
  return entries.map(([name, granted]) => `${name}: ${granted ? 'granted' : 'refused'}`).join(', ')
}

function recordView(record: StoredRecord, index: number): Raw {
  const regime = (record as { regime?: { region: string | null; model: string } }).regime
  const rows: Array<[string, string]> = [
    ['Received', record.receivedAt], ['Action', `${record.action} (${record.source})`], ['Categories', list(record.choices)],
    ['Services', list(record.services)], ['Policy version', record.policyVersion], ['Language', record.language],
    ['Signals', `Do Not Track ${record.signals.doNotTrack ? 'on' : 'off'}, Global Privacy Control ${record.signals.globalPrivacyControl ? 'on' : 'off'}`],
    ...(regime ? [['Regime', `${regime.model}, region ${regime.region ?? 'unknown'}`] as [string, string]] : []),
    ['Page', record.url], ['Created', record.createdAt], ['Expires', record.expiresAt], ['Origin', record.origin ?? '–'],
    ['User agent', record.userAgent ?? '–'], ['IP (as stored)', record.ip ?? '–'], ['Record id', record.id],
  ]
  return html`<article class="record" data-record="${record.id}"><h3>${index === 0 ? 'Newest: ' : ''}${record.action} on ${record.receivedAt}</h3>
<dl class="record">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl></article>`
}

export function subjectBody(base: string, csrf: string, subject: string, records: StoredRecord[]): Raw {
  return html`${lookupForm(base, csrf, subject)}
<h2 id="h-records">${records.length} record${records.length === 1 ? '' : 's'}, newest first</h2>
<div class="actions">
<form method="post" action="${base}/subject/export">${hidden(csrf, subject)}<button type="submit">Export (JSON)</button></form>
<form method="post" action="${base}/subject/erase">${hidden(csrf, subject)}<button type="submit" class="danger">Erase this subject…</button></form>
</div>
${records.map(recordView)}`
}

export function confirmEraseBody(base: string, csrf: string, subject: string, count: number): Raw {
  return html`<p>This erases the <strong>${count} record${count === 1 ? '' : 's'}</strong> of subject <code>${subject}</code> for good.
Late copies of its records (a browser retrying) are refused afterwards. Export first if the visitor asked for a copy.</p>
<div class="actions"><form method="post" action="${base}/subject/erase">${hidden(csrf, subject)}<input type="hidden" name="confirm" value="yes">
<button type="submit" class="danger">Erase ${count} record${count === 1 ? '' : 's'}</button></form>
<form method="post" action="${base}/subject">${hidden(csrf, subject)}<button type="submit">Cancel</button></form></div>`
}

export function erasedBody(base: string, csrf: string, count: number): Raw {
  return html`<p role="status" data-erased="${count}">Erased ${count} record${count === 1 ? '' : 's'}. The subject is remembered only as a hash, so that its late records are refused.</p>
${lookupForm(base, csrf)}`
}
