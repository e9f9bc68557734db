// One checker for the options of every part: each part writes its options down once, as an
// example value (usually its defaults), and gets the same field-naming errors. Written for
// size: it ships in every page.
import { AssentConfigError, isPlainObject } from './config-error'
import { EXPLAIN } from './explain'

export function fail(field: string, problem: string | false): never {
  throw new AssentConfigError(field, problem)
}

const kindOf = (value: unknown) => (Array.isArray(value) ? 'a list' : isPlainObject(value) ? 'an object' : 'a ' + typeof value)

/**
 * Checks `value` against `example`: the same kind (list, object, string, number, boolean);
 * an object may hold only the example's own keys, or any key where the example has `'*'`;
 * each item of a list is checked against the example's first item (an empty example list
 * takes anything). `undefined` is "not set" and always passes. Throws naming the field.
 */
export function checkShape(value: unknown, example: unknown, field: string): void {
  if (value === undefined || example === undefined) return
  const kind = kindOf(example)
  if (kindOf(value) != kind) fail(field, EXPLAIN && 'must be ' + kind)
  if (Array.isArray(value)) value.map((item, i) => checkShape(item, (example as unknown[])[0], `${field}[${i}]`))
  else if (isPlainObject(value)) {
    for (const key in value) {
      const inner = (example as Record<string, unknown>)
      const path = field ? field + '.' + key : key
      checkShape(value[key], Object.hasOwn(inner, key) ? inner[key] : inner['*'] ?? fail(path, EXPLAIN && 'is not a known option'), path)
    }
  }
}

/** `value` (when set) must be one of `allowed`. */
export function checkOneOf(value: unknown, allowed: readonly unknown[], field: string): void {
  if (value !== undefined && !allowed.includes(value)) fail(field, EXPLAIN && 'must be one of ' + allowed.join(', '))
}
