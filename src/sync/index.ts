// `assent/sync`: sends every new consent record once to POST {endpoint}/consents (SPEC.md
// section 7). Records wait in a persistent outbox until the server answers 2xx or refuses them
// for good (4xx but 408 and 429: reported as 'sync-error'); failures retry with backoff.
// Exactly-once storage comes from the server: a record keeps its id across every retry.
import { backoff } from './backoff'
import { enqueue, keep, pending } from './outbox'
import { checkSyncOptions, type SyncOptions } from './sync-options'
import type { Consent, ConsentRecord } from '../core/types'

export type { SyncOptions }
export { downloadConsentData, deleteConsentData } from './subject-data'

export function sync(consent: Consent, options: SyncOptions): () => void {
  const url = checkSyncOptions(options) + '/consents'
  /** Aborted by stop(): removes the listeners and ends the retries. */
  const stopped = new AbortController()
  const { signal } = stopped
  let attempt = 0
  let sending = false
  let timer: ReturnType<typeof setTimeout> | undefined

  /** Sends one record: true when it left the outbox, else the Retry-After seconds (or 0).
   * `keepalive` lets it outlive the page. */
  async function send(record: ConsentRecord): Promise<number | true> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: JSON.stringify(record),
        keepalive: true,
        // Browsers without AbortSignal.timeout send without one.
        signal: AbortSignal.timeout?.(15_000),
      })
      const status = response.status
      if (status < 500 && status != 408 && status != 429) {
        keep((r) => r.id != record.id)
        if (status > 299) consent.emit('sync-error', { record, status, body: await response.json().catch(() => null) })
        return true
      }
      return +response.headers.get('retry-after')! || 0
    } catch {
      return 0 // offline, dropped connection, timeout
    }
  }

  /** Sends the oldest pending record, then the next one: the server stores them in the order
   * they were made. A failure waits for a retry, an `online` event or a new record. */
  async function flush(): Promise<void> {
    const record = pending()[0]
    if (sending || signal.aborted || !record) return
    sending = true
    clearTimeout(timer)
    const result = await send(record)
    sending = false
    // A timer left after stop() finds `signal.aborted` and does nothing.
    if (result === true) {
      attempt = 0
      void flush()
    } else timer = setTimeout(flush, backoff(attempt++, result))
  }

  // The page may be going away: hand every pending record to the browser with keepalive.
  const leave = () => pending().forEach(send)
  const unbind = consent.on('change', (record) => {
    if (record && enqueue(record)) void flush()
  })
  // A record made before sync started (a signal refusal at creation, say).
  if (consent.record) enqueue(consent.record)
  void flush()
  addEventListener('online', () => {
    attempt = 0
    void flush()
  }, { signal })
  addEventListener('pagehide', leave, { signal })
  // visibilitychange bubbles from the document to the window.
  addEventListener('visibilitychange', () => document.hidden && leave(), { signal })

  return () => {
    stopped.abort()
    unbind()
  }
}
