// The consent cookie's value: a format tag, a checksum, and the ConsentRecord as JSON.
// The checksum catches hand edits and corruption; it is not a signature (the page has no
// secret), which is why the server keeps the proof. Anything that does not decode exactly
// is "no decision" for the caller.
import { UUID_PATTERN } from './uuid'
import type { ConsentRecord } from './types'

const FORMAT = 'a1'
/** Browsers drop cookies over 4096 bytes; refusing well below that leaves room for attributes. */
export const MAX_COOKIE_VALUE = 3800

/** FNV-1a, 32 bit, as 8 hex digits. */
function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

export function encodeRecord(record: ConsentRecord): string {
  const json = JSON.stringify(record)
  return FORMAT + checksum(json) + json
}

/** The record, or null for anything missing, oversized, corrupt, edited or malformed. Never throws. */
export function decodeRecord(raw: unknown): ConsentRecord | null {
  if (typeof raw !== 'string' || raw.length > MAX_COOKIE_VALUE || raw.slice(0, 2) !== FORMAT) return null
  const json = raw.slice(10)
  if (checksum(json) !== raw.slice(2, 10)) return null
  try {
    const record = JSON.parse(json) as ConsentRecord
    return UUID_PATTERN.test(record.id) && UUID_PATTERN.test(record.subject) ? record : null
  } catch {
    return null
  }
}
