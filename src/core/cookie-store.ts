// Reads and writes the one first-party cookie that holds the decision. Plain document.cookie:
// one cookie with a JSON value needs no library (js-cookie alone would be a third of the
// core's size budget).
import { decodeRecord, encodeRecord } from './record-codec'
import type { ConsentRecord, ResolvedConfig } from './types'

type CookieConfig = ResolvedConfig['cookie']
/** RFC 6265bis: browsers cap cookie lifetime at 400 days. */
const MAX_AGE = 400 * 86_400

function write(config: CookieConfig, value: string, maxAge: number): void {
  try {
    document.cookie = `${config.name}=${encodeURIComponent(value)};path=${config.path};max-age=${maxAge};samesite=${config.sameSite}` +
      (config.domain ? `;domain=${config.domain}` : '') + (location.protocol === 'https:' ? ';secure' : '')
  } catch {
    // Cookies blocked (sandboxed frame): the decision holds for this page only.
  }
}

export function readStoredRecord(config: CookieConfig): ConsentRecord | null {
  try {
    for (const pair of document.cookie.split(/; */)) {
      if (pair.startsWith(config.name + '=')) return decodeRecord(decodeURIComponent(pair.slice(config.name.length + 1)))
    }
  } catch {
    // blocked cookies or a malformed %-escape: both mean "no decision"
  }
  return null
}

export function writeStoredRecord(config: CookieConfig, record: ConsentRecord, days: number): void {
  write(config, encodeRecord(record), Math.min(Math.round(days * 86_400), MAX_AGE))
}

export function removeStoredRecord(config: CookieConfig): void {
  write(config, '', 0)
}
