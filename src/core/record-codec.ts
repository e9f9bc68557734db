// The consent cookie's value: a compact JSON form of the ConsentRecord with a checksum.
// Anything that does not decode exactly is treated as "no decision" by the caller.
// The checksum catches hand edits and corruption; it is not a signature (the page has no
// secret), which is why the server keeps the proof.
import { UUID_PATTERN } from './uuid'
import type { ConsentAction, ConsentRecord, ConsentSource } from './types'

const FORMAT = 1
const ACTIONS: ConsentAction[] = ['accept-all', 'reject-all', 'custom', 'withdraw']
const SOURCES: ConsentSource[] = ['banner', 'preferences', 'api', 'signal']
const NAME = /^[A-Za-z0-9_-]{1,40}$/
/** Browsers drop cookies over 4096 bytes; refusing well below keeps room for the attributes. */
export const MAX_COOKIE_VALUE = 3800

interface Encoded {
  v: number
  i: string
  s: string
  p: string
  c: Record<string, 0 | 1>
  e: Record<string, 0 | 1>
  a: number
  o: number
  g: number
  l: string
  u: string
  t: number
  x: number
  h?: string
}

/** FNV-1a, 32 bit, as hex. */
function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16)
}

const toBits = (map: Record<string, boolean>) => {
  const bits: Record<string, 0 | 1> = {}
  for (const key of Object.keys(map)) bits[key] = map[key] ? 1 : 0
  return bits
}

function fromBits(value: unknown): Record<string, boolean> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const map: Record<string, boolean> = {}
  for (const [key, bit] of Object.entries(value)) {
    if (!NAME.test(key) || (bit !== 0 && bit !== 1)) return null
    map[key] = bit === 1
  }
  return map
}

export function encodeRecord(record: ConsentRecord): string {
  const body: Encoded = {
    v: FORMAT,
    i: record.id,
    s: record.subject,
    p: record.policyVersion,
    c: toBits(record.choices),
    e: toBits(record.services),
    a: ACTIONS.indexOf(record.action),
    o: SOURCES.indexOf(record.source),
    g: (record.signals.doNotTrack ? 1 : 0) | (record.signals.globalPrivacyControl ? 2 : 0),
    l: record.language,
    u: record.url,
    t: Date.parse(record.createdAt),
    x: Date.parse(record.expiresAt),
  }
  body.h = checksum(JSON.stringify(body))
  return JSON.stringify(body)
}

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max

/** Returns the record, or null for anything missing, corrupt, oversized or edited. Never throws. */
export function decodeRecord(raw: string | undefined | null): ConsentRecord | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_COOKIE_VALUE) return null
  let body: Encoded
  try {
    body = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof body !== 'object' || body === null || body.v !== FORMAT || typeof body.h !== 'string') return null
  const { h, ...rest } = body
  if (checksum(JSON.stringify(rest)) !== h) return null
  const choices = fromBits(body.c)
  const services = fromBits(body.e)
  const action = ACTIONS[body.a]
  const source = SOURCES[body.o]
  if (
    !choices || !services || !action || !source ||
    !isString(body.i, 36) || !UUID_PATTERN.test(body.i) ||
    !isString(body.s, 36) || !UUID_PATTERN.test(body.s) ||
    !isString(body.p, 64) || !isString(body.l, 35) || !isString(body.u, 512) ||
    ![0, 1, 2, 3].includes(body.g) ||
    !Number.isSafeInteger(body.t) || !Number.isSafeInteger(body.x) || body.x <= body.t || body.t < 0
  ) {
    return null
  }
  return {
    id: body.i,
    subject: body.s,
    policyVersion: body.p,
    choices,
    services,
    action,
    source,
    signals: { doNotTrack: (body.g & 1) === 1, globalPrivacyControl: (body.g & 2) === 2 },
    language: body.l,
    url: body.u,
    createdAt: new Date(body.t).toISOString(),
    expiresAt: new Date(body.x).toISOString(),
  }
}
