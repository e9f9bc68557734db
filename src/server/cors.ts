// CORS for an allow-list of origins: only those get Access-Control-Allow-Origin.
import type { PlainRequest, PlainResponse } from './plain-http'

export const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS'

export function corsHeaders(origin: string | null, origins: ReadonlySet<string>): Record<string, string> {
  const headers: Record<string, string> = { vary: 'Origin' }
  if (origin && (origins.has(origin) || origins.has('*'))) {
    headers['access-control-allow-origin'] = origin
    headers['access-control-expose-headers'] = 'Retry-After'
  }
  return headers
}

export function preflight(request: PlainRequest, origins: ReadonlySet<string>): PlainResponse {
  const headers = corsHeaders(request.header('origin'), origins)
  if (headers['access-control-allow-origin']) {
    headers['access-control-allow-methods'] = ALLOWED_METHODS
    // Only the headers the sync client and admin tools send.
    headers['access-control-allow-headers'] = 'Content-Type, Authorization'
    headers['access-control-max-age'] = '86400'
  }
  return { status: 204, headers, body: null }
}
