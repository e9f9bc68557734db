// Health: are records still arriving? Records in the last hour against the same hour a week
// before, the time of the newest record, and a warning once none has arrived for longer than
// the configured threshold (a banner broken by a deploy shows up here within that time).
import { number } from './charts'
import { html, type Raw } from './html'
import type { ConsentStore } from '../types'

const HOUR = 3_600_000
const WEEK = 7 * 24 * HOUR

export interface Health {
  lastReceivedAt: string | null
  lastHour: number
  sameHourLastWeek: number
  staleAfterMinutes: number
  /** No record for longer than staleAfterMinutes (or none at all). */
  stale: boolean
  checkedAt: string
}

export async function readHealth(store: ConsentStore, staleAfterMinutes: number, now = Date.now()): Promise<Health> {
  const [lastReceivedAt, lastHour, sameHourLastWeek] = await Promise.all([
    store.lastReceivedAt!(),
    store.receivedBetween!(new Date(now - HOUR), new Date(now + 1)),
    store.receivedBetween!(new Date(now - WEEK - HOUR), new Date(now - WEEK)),
  ])
  const stale = lastReceivedAt === null || now - Date.parse(lastReceivedAt) > staleAfterMinutes * 60_000
  return { lastReceivedAt, lastHour, sameHourLastWeek, staleAfterMinutes, stale, checkedAt: new Date(now).toISOString() }
}

function ago(from: string, now: string): string {
  const minutes = Math.floor((Date.parse(now) - Date.parse(from)) / 60_000)
  if (minutes < 1) return 'less than a minute ago'
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`
  const hours = Math.floor(minutes / 60)
  return hours < 48 ? `${hours} hours ago` : `${Math.floor(hours / 24)} days ago`
}

/** The warning every page shows while records have stopped. */
export function staleWarning(health: Health, base: string): Raw | null {
  if (!health.stale) return null
  const since = health.lastReceivedAt ? `The last record arrived ${ago(health.lastReceivedAt, health.checkedAt)} (${health.lastReceivedAt}).` : 'No record has arrived yet.'
  return html`<div class="warning" role="alert" data-health="stale"><strong>No consent records for over ${number(health.staleAfterMinutes)} minutes.</strong> ${since}
Check that the banner still loads and reaches this server. <a href="${base}/health">Health</a></div>`
}

export function healthBody(health: Health): Raw {
  const change = health.sameHourLastWeek === 0 ? '' : ` (${health.lastHour >= health.sameHourLastWeek ? '+' : ''}${Math.round((100 * (health.lastHour - health.sameHourLastWeek)) / health.sameHourLastWeek)} %)`
  const status = health.stale
    ? html`<p><strong>Records have stopped arriving.</strong></p>`
    : html`<p class="ok" data-health="ok">Records are arriving.</p>`
  return html`${status}
<dl class="summary">
<div><dt>Records in the last hour</dt><dd data-figure="last-hour">${number(health.lastHour)}</dd></div>
<div><dt>The same hour a week before</dt><dd data-figure="week-before">${number(health.sameHourLastWeek)}</dd></div>
<div><dt>Newest record</dt><dd data-figure="last-record">${health.lastReceivedAt ? html`<time datetime="${health.lastReceivedAt}">${ago(health.lastReceivedAt, health.checkedAt)}</time>` : 'none yet'}</dd></div>
</dl>
<p>Last hour against the same hour a week before: ${number(health.lastHour)} against ${number(health.sameHourLastWeek)}${change}.
The warning shows when no record has arrived for ${number(health.staleAfterMinutes)} minutes (<code>--stale-after-minutes</code>). Checked at ${health.checkedAt}.</p>
<p>For a monitor: <code>GET health.json</code> here with <code>Authorization: Bearer ADMIN_TOKEN</code> answers these figures as JSON.</p>`
}
