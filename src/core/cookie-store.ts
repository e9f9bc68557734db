// Reads and writes the one first-party cookie that holds the decision.
import Cookies from 'js-cookie'
import { decodeRecord, encodeRecord } from './record-codec'
import type { ConsentRecord, ResolvedConfig } from './types'

/** RFC 6265bis: browsers cap cookie lifetime at 400 days. */
const MAX_COOKIE_DAYS = 400

function attributes(config: ResolvedConfig['cookie']) {
  return {
    path: config.path,
    domain: config.domain,
    sameSite: config.sameSite,
    secure: typeof location !== 'undefined' && location.protocol === 'https:',
  }
}

export function readStoredRecord(config: ResolvedConfig['cookie']): ConsentRecord | null {
  try {
    return decodeRecord(Cookies.get(config.name))
  } catch {
    return null // blocked cookies (sandboxed frames) throw: that is "no decision"
  }
}

export function writeStoredRecord(config: ResolvedConfig['cookie'], record: ConsentRecord, days: number): void {
  try {
    Cookies.set(config.name, encodeRecord(record), { ...attributes(config), expires: Math.min(days, MAX_COOKIE_DAYS) })
  } catch {
    // Storage blocked: the decision holds for this page only, and the banner returns next time.
  }
}

export function removeStoredRecord(config: ResolvedConfig['cookie']): void {
  try {
    Cookies.remove(config.name, attributes(config))
  } catch {
    // nothing stored that could be removed
  }
}
