// The visitor's rights over the records the backend holds (SPEC section 6): a copy of them
// (GET .../export, saved as a file) and their erasure (DELETE .../subjects/{subject}).

const subjectUrl = (endpoint: string, subject: string) =>
  endpoint.replace(/\/+$/, '') + '/subjects/' + encodeURIComponent(subject)

async function request(url: string, method = 'GET'): Promise<Response> {
  const response = await fetch(url, { method, credentials: 'same-origin' })
  // 404: nothing held on this subject, which for an erasure is the wanted end state.
  if (!response.ok && !(method === 'DELETE' && response.status === 404)) throw new Error('HTTP ' + response.status)
  return response
}

/** Fetches the export and hands it to the browser as a download through a Blob link. */
export async function downloadRecords(endpoint: string, subject: string): Promise<void> {
  const response = await request(subjectUrl(endpoint, subject) + '/export')
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = 'consent-' + subject + '.json'
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}

export async function eraseRecords(endpoint: string, subject: string): Promise<void> {
  await request(subjectUrl(endpoint, subject), 'DELETE')
}
