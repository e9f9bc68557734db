// CSRF defence for the dashboard's POSTs, in two layers: the request's Origin must be the
// dashboard's own (browsers send it on every form POST), and a signed-in form must carry the
// session's token. The session cookie is also SameSite=Strict, so a cross-site form has none.
import type { PlainRequest } from '../plain-http'

/** The origin the browser sees this server at (through a proxy: its forwarded host and scheme). */
export function ownOrigin(request: PlainRequest, trustProxy: boolean | string): string | null {
  const forwardedHost = trustProxy ? request.header('x-forwarded-host')?.split(',')[0].trim() : undefined
  const host = forwardedHost || request.header('host')
  if (!host) return null
  return `${isSecure(request, trustProxy) ? 'https' : 'http'}://${host.toLowerCase()}`
}

export function isSecure(request: PlainRequest, trustProxy: boolean | string): boolean {
  if (request.secure) return true
  return Boolean(trustProxy) && request.header('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https'
}

/** Whether a POST comes from a page of this dashboard's origin. */
export function fromOwnOrigin(request: PlainRequest, trustProxy: boolean | string): boolean {
  const origin = request.header('origin')
  const own = ownOrigin(request, trustProxy)
  return origin !== null && own !== null && origin.toLowerCase() === own
}
