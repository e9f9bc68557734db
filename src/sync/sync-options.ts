// Checks the sync options; returns the endpoint without a trailing slash.
import { checkShape, fail } from '../core/check-shape'
import { EXPLAIN } from '../core/explain'

export interface SyncOptions {
  /** The protocol's base URL, e.g. `/consent/v1` or `https://consent.example.com/v1`. */
  endpoint: string
  /** Extra request headers (an API key for a proxy, say). */
  headers?: Record<string, string>
}

export function checkSyncOptions(options: SyncOptions): string {
  checkShape(options, { endpoint: '', headers: { '*': '' } }, 'sync')
  return (options?.endpoint || fail('sync.endpoint', EXPLAIN && 'must be a non-empty string')).replace(/\/+$/, '')
}
