/** A configuration mistake; `field` is the dotted path of the bad field, e.g. `categories.analytics.services`. */
export class AssentConfigError extends Error {
  readonly field: string
  constructor(field: string, problem: string) {
    super(`assent: ${field} ${problem}`)
    this.name = 'AssentConfigError'
    this.field = field
  }
}

/** Names that would reach Object.prototype if used as keys. */
const FORBIDDEN_NAMES = ['__proto__', 'constructor', 'prototype']
const NAME_PATTERN = /^[A-Za-z0-9_-]{1,40}$/

/** Throws unless `name` is usable as a category or service name (cookie, attribute, object key). */
export function checkName(field: string, name: string): void {
  if (!NAME_PATTERN.test(name) || FORBIDDEN_NAMES.includes(name)) {
    throw new AssentConfigError(field, 'must be 1-40 letters, digits, "_" or "-" (and not a reserved word)')
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Throws on keys outside `allowed`: a typo in a config should not be silently ignored. */
export function checkKeys(field: string, value: Record<string, unknown>, allowed: string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new AssentConfigError(field ? `${field}.${key}` : key, `is not a known option (known: ${allowed.join(', ')})`)
  }
}
