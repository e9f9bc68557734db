// readConsentCookie (SPEC section 14): the visitor's valid decision from a request's Cookie
// header, for a server render. It decodes and validates with the browser core's own codec and
// rules (record-codec, isRecordValid), so a cookie the browser would void is null here too,
// and the server's first HTML agrees with what the page will find on hydration.
import { resolveConfig } from '../core/config'
import { isRecordValid } from '../core/choices'
import { decodeRecord } from '../core/record-codec'
import type { ConsentConfig, ConsentRecord } from '../core/types'

/**
 * The record in `cookieHeader` (the raw `Cookie` request header) that `createConsent(config)`
 * would accept in the browser, or null: missing, corrupt, edited, oversized, expired, from
 * another policy version or the future, or lacking a choice for a configured purpose. Never
 * throws for a bad cookie; a bad `config` throws an AssentConfigError naming the field.
 */
export function readConsentCookie(cookieHeader: string | null | undefined, config: ConsentConfig): ConsentRecord | null {
  const resolved = resolveConfig(config)
  const name = resolved.cookie.name + '='
  // The first pair of that name, as document.cookie lists it (most specific path first).
  for (const pair of typeof cookieHeader == 'string' ? cookieHeader.split(/; */) : []) {
    if (!pair.trim().startsWith(name)) continue
    try {
      const record = decodeRecord(decodeURIComponent(pair.trim().slice(name.length)))
      return record && isRecordValid(record, resolved, Date.now()) ? record : null
    } catch {
      return null // a malformed %-escape
    }
  }
  return null
}
