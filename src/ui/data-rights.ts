// The visitor's rights over the records the backend holds (SPEC section 6): a copy of them
// (GET .../export, saved as a file through a Blob link) and their erasure (DELETE).

export async function requestRecords(endpoint: string, subject: string, erase?: boolean): Promise<void> {
  const url = endpoint.replace(/\/+$/, '') + '/subjects/' + encodeURIComponent(subject)
  const response = await fetch(erase ? url : url + '/export', { method: erase ? 'DELETE' : 'GET' })
  // 404 on erasure: nothing held on this subject, which is the wanted end state.
  if (!response.ok && !(erase && response.status === 404)) throw response.status
  if (erase) return
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = 'consent-' + subject + '.json'
  // The Blob URL is not revoked: one small file per click, freed with the page.
  link.click()
}
