// The preferences dialog's "download" and "delete my consent data" buttons.
import { requestSubject, saveExport } from '../shared/subject-records'

/** Resolves when done; throws the HTTP status when the endpoint refused. */
export async function requestRecords(endpoint: string, subject: string, erase?: boolean): Promise<void> {
  const response = await requestSubject(endpoint, subject, !!erase)
  // 404 on erasure: nothing held on this subject, which is the wanted end state.
  if (!response.ok && !(erase && response.status === 404)) throw response.status
  if (!erase) await saveExport(response, subject)
}
