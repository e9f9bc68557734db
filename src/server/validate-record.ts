// Strict validation of a posted ConsentRecord: every field is checked and the first bad one
// is named, so a client bug is answered with a 400 that says what to fix.
import type { ConsentRecord } from './types'

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const NAME = /^[A-Za-z0-9_-]{1,40}$/
const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])
// BCP 47 in practice: language, then subtags of 1-8 letters or digits.
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/
const ACTIONS = ['accept-all', 'reject-all', 'custom', 'withdraw', 'notice']
const SOURCES = ['banner', 'preferences', 'api', 'signal']
const FIELDS = ['id', 'subject', 'policyVersion', 'choices', 'services', 'action', 'source', 'signals', 'language', 'url', 'createdAt', 'expiresAt', 'regime']
const MAX_CATEGORIES = 64
const MAX_SERVICES = 256

export class InvalidRecord extends Error {
  constructor(readonly field: string, problem: string) {
    super(`${field} ${problem}`)
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(body: Record<string, unknown>, field: string, pattern: RegExp | null, max: number): string {
  const value = body[field]
  if (typeof value !== 'string') throw new InvalidRecord(field, 'must be a string')
  if (value.length === 0 || value.length > max) throw new InvalidRecord(field, `must be 1-${max} characters`)
  if (pattern && !pattern.test(value)) throw new InvalidRecord(field, 'has an invalid format')
  return value
}

function oneOf(body: Record<string, unknown>, field: string, allowed: string[]): string {
  const value = body[field]
  if (typeof value !== 'string' || !allowed.includes(value)) throw new InvalidRecord(field, `must be one of ${allowed.join(', ')}`)
  return value
}

function date(body: Record<string, unknown>, field: string): string {
  const value = text(body, field, ISO_DATE, 35)
  if (Number.isNaN(Date.parse(value))) throw new InvalidRecord(field, 'is not a valid date')
  return value
}

function choiceMap(body: Record<string, unknown>, field: string, max: number, allowEmpty: boolean): Record<string, boolean> {
  const value = body[field]
  if (!isObject(value)) throw new InvalidRecord(field, 'must be an object of name: boolean')
  const keys = Object.keys(value)
  if (keys.length > max) throw new InvalidRecord(field, `must have at most ${max} entries`)
  if (!allowEmpty && keys.length === 0) throw new InvalidRecord(field, 'must name at least one category')
  const map: Record<string, boolean> = {}
  for (const key of keys) {
    if (!NAME.test(key) || RESERVED.has(key)) throw new InvalidRecord(`${field}.${key.slice(0, 40)}`, 'is not a valid name (1-40 letters, digits, "_" or "-")')
    if (typeof value[key] !== 'boolean') throw new InvalidRecord(`${field}.${key}`, 'must be true or false')
    map[key] = value[key] as boolean
  }
  return map
}

function pageUrl(body: Record<string, unknown>): string {
  const value = text(body, 'url', null, 512)
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new InvalidRecord('url', 'must be an absolute URL')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new InvalidRecord('url', 'must be an http(s) URL')
  if (parsed.search || parsed.hash || value.includes('?') || value.includes('#')) throw new InvalidRecord('url', 'must not have a query or fragment')
  return value
}

function signalsOf(body: Record<string, unknown>): ConsentRecord['signals'] {
  const signals = body.signals
  if (!isObject(signals)) throw new InvalidRecord('signals', 'must be an object {doNotTrack, globalPrivacyControl}')
  for (const key of Object.keys(signals)) {
    if (key !== 'doNotTrack' && key !== 'globalPrivacyControl') throw new InvalidRecord(`signals.${key.slice(0, 40)}`, 'is not a known signal')
  }
  for (const key of ['doNotTrack', 'globalPrivacyControl'] as const) {
    if (typeof signals[key] !== 'boolean') throw new InvalidRecord(`signals.${key}`, 'must be true or false')
  }
  return { doNotTrack: signals.doNotTrack as boolean, globalPrivacyControl: signals.globalPrivacyControl as boolean }
}

// ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision ('US-CA'), as the core sends it.
const REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/
const MODELS = ['opt-in', 'opt-out', 'none']

/** The optional `regime` (SPEC section 10): absent in records from before regimes. */
function regimeOf(body: Record<string, unknown>): Pick<ConsentRecord, 'regime'> {
  const regime = body.regime
  if (regime === undefined) return {}
  if (!isObject(regime)) throw new InvalidRecord('regime', 'must be an object {region, model}')
  for (const key of Object.keys(regime)) {
    if (key !== 'region' && key !== 'model') throw new InvalidRecord(`regime.${key.slice(0, 40)}`, 'is not a regime field')
  }
  const { region } = regime
  if (region !== null && !(typeof region === 'string' && REGION.test(region))) throw new InvalidRecord('regime.region', 'must be an ISO 3166 code such as "DE" or "US-CA", or null')
  const { model } = regime
  if (typeof model !== 'string' || !MODELS.includes(model)) throw new InvalidRecord('regime.model', `must be one of ${MODELS.join(', ')}`)
  return { regime: { region, model: model as NonNullable<ConsentRecord['regime']>['model'] } }
}

/** Returns a clean copy holding exactly the ConsentRecord fields, or throws InvalidRecord. */
export function validateRecord(body: unknown): ConsentRecord {
  if (!isObject(body)) throw new InvalidRecord('body', 'must be a JSON object (a ConsentRecord)')
  for (const key of Object.keys(body)) {
    if (!FIELDS.includes(key)) throw new InvalidRecord(key.slice(0, 64), 'is not a ConsentRecord field')
  }
  const record: ConsentRecord = {
    id: text(body, 'id', UUID_V4, 36),
    subject: text(body, 'subject', UUID_V4, 36),
    policyVersion: text(body, 'policyVersion', null, 64),
    choices: choiceMap(body, 'choices', MAX_CATEGORIES, false),
    services: choiceMap(body, 'services', MAX_SERVICES, true),
    action: oneOf(body, 'action', ACTIONS) as ConsentRecord['action'],
    source: oneOf(body, 'source', SOURCES) as ConsentRecord['source'],
    signals: signalsOf(body),
    language: text(body, 'language', LANGUAGE, 35),
    url: pageUrl(body),
    createdAt: date(body, 'createdAt'),
    expiresAt: date(body, 'expiresAt'),
    ...regimeOf(body),
  }
  if (Date.parse(record.expiresAt) <= Date.parse(record.createdAt)) throw new InvalidRecord('expiresAt', 'must be after createdAt')
  return record
}
