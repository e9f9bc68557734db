// The visitor's rights over what the backend holds on their subject (SPEC section 6): the
// export (GET .../export, saved as a file) and the erasure (DELETE). Shared by the preferences
// dialog (assent/ui) and the site's own links (assent/sync), which must not import each other.
import { element } from './element'

/** Asks the endpoint for the subject's export, or to erase the subject. */
export function requestSubject(endpoint: string, subject: string, erase: boolean, headers?: Record<string, string>): Promise<Response> {
  return fetch(endpoint.replace(/\/+$/, '') + '/subjects/' + encodeURIComponent(subject) + (erase ? '' : '/export'), { method: erase ? 'DELETE' : 'GET', headers })
}

/** Saves an export answer as `consent-<subject>.json` through a Blob link. */
export async function saveExport(response: Response, subject: string): Promise<void> {
  // The Blob URL is not revoked: one small file per click, freed with the page.
  element('a', { href: URL.createObjectURL(await response.blob()), download: 'consent-' + subject + '.json' }).click()
}
