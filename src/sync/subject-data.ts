// "Download my consent data" and "delete my consent data" (GDPR Art. 15, 17, 20) through the
// server's export and erasure routes, for the preferences dialog or the site's own links.
import { checkSyncOptions, type SyncOptions } from './sync-options'
import { keep } from './outbox'
import { requestSubject, saveExport } from '../shared/subject-records'
import type { Consent } from '../core/types'

/** Downloads the server's export of this browser's records as a JSON file; false when there is none. */
export async function downloadConsentData(consent: Consent, options: SyncOptions): Promise<boolean> {
  const endpoint = checkSyncOptions(options)
  const subject = consent.record?.subject
  if (!subject) return false
  const response = await requestSubject(endpoint, subject, false, options.headers)
  if (!response.ok) return false
  await saveExport(response, subject)
  return true
}

/** Erases this browser's records on the server, then forgets the local decision (the banner
 * asks again). Pending records of the subject are dropped first so that none re-creates it. */
export async function deleteConsentData(consent: Consent, options: SyncOptions): Promise<boolean> {
  const endpoint = checkSyncOptions(options)
  const subject = consent.record?.subject
  if (!subject) return false
  keep((record) => record.subject != subject)
  const response = await requestSubject(endpoint, subject, true, options.headers)
  if (response.status != 204) return false
  consent.reset()
  return true
}
