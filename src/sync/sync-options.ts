// Checks the sync options; returns the endpoint without a trailing slash.
import { AssentConfigError } from '../core/config-error'

export interface SyncOptions {
  /** The protocol's base URL, e.g. `/consent/v1` or `https://consent.example.com/v1`. */
  endpoint: string
  /** Extra request headers (an API key for a proxy, say). */
  headers?: Record<string, string>
}

export function checkSyncOptions(options: SyncOptions): string {
  const { endpoint, headers = {} } = options || ({} as SyncOptions)
  if (typeof endpoint != 'string' || !endpoint) throw new AssentConfigError('sync.endpoint', 'must be the URL of the consent endpoint')
  for (const name in headers) {
    if (typeof headers[name] != 'string') throw new AssentConfigError(`sync.headers.${name}`, 'must be a string')
  }
  return endpoint.replace(/\/+$/, '')
}
