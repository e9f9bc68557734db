// Re-sets the page's consent cookie from the server (Safari deletes script-written cookies and
// storage after 7 days without a visit; cookies set by a same-site server response are not
// capped). The browser sends the cookie with a same-origin POST; the answer sets it again with a
// fresh lifetime. Only a value that decodes to a record of the posted subject is echoed.
import { decodeRecord } from '../core/record-codec'
import type { PlainRequest } from './plain-http'
import type { ConsentRecord } from './types'

export interface ConsentCookieOptions {
  /** The core's cookie name (`cookie.name`, default `assent`). */
  name: string
  domain?: string
  path?: string
  sameSite?: 'Lax' | 'Strict' | 'None'
}

const MAX_AGE_SECONDS = 400 * 86_400 // RFC 6265bis cap
const COOKIE_OCTETS = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]{1,3800}$/

function readCookie(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return null
}

export function consentCookieHeader(request: PlainRequest, record: ConsentRecord, options: ConsentCookieOptions): string | null {
  const value = readCookie(request.header('cookie'), options.name)
  if (!value || !COOKIE_OCTETS.test(value)) return null
  let current: ConsentRecord | null = null
  try {
    current = decodeRecord(decodeURIComponent(value))
  } catch {
    return null
  }
  if (!current || current.subject !== record.subject) return null
  const maxAge = Math.min(MAX_AGE_SECONDS, Math.floor((Date.parse(current.expiresAt) - Date.now()) / 1000))
  if (!(maxAge > 0)) return null
  const parts = [`${options.name}=${value}`, `Max-Age=${maxAge}`, `Path=${options.path ?? '/'}`, `SameSite=${options.sameSite ?? 'Lax'}`]
  if (options.domain) parts.push(`Domain=${options.domain}`)
  if (request.secure || options.sameSite === 'None') parts.push('Secure')
  return parts.join('; ')
}
