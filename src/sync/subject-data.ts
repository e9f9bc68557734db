// "Download my consent data" and "delete my consent data" (GDPR Art. 15, 17, 20) through the
// server's export and erasure routes, for the preferences dialog or the site's own links.
import { checkSyncOptions, type SyncOptions } from './sync-options'
import { remove } from './outbox'
import type { Consent } from '../core/types'

function subjectUrl(consent: Consent, options: SyncOptions): string | null {
  const subject = consent.record?.subject
  return subject ? `${checkSyncOptions(options)}/subjects/${subject}` : null
}

/** Downloads the server's export of this browser's records as a JSON file; false when there is none. */
export async function downloadConsentData(consent: Consent, options: SyncOptions): Promise<boolean> {
  const url = subjectUrl(consent, options)
  if (!url) return false
  const response = await fetch(url + '/export', { headers: options.headers })
  if (!response.ok) return false
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = `consent-${consent.record!.subject}.json`
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
  return true
}

/** Erases this browser's records on the server, then forgets the local decision (the banner
 * asks again). Pending records of the subject are dropped first so that none re-creates it. */
export async function deleteConsentData(consent: Consent, options: SyncOptions): Promise<boolean> {
  const url = subjectUrl(consent, options)
  if (!url) return false
  const subject = consent.record!.subject
  remove((record) => record.subject == subject)
  const response = await fetch(url, { method: 'DELETE', headers: options.headers })
  if (response.status != 204) return false
  consent.reset()
  return true
}
