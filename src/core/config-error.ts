import { EXPLAIN, EXPLAINED_BY } from './explain'

/** A configuration mistake; `field` is the dotted path of the bad field, e.g. `categories.analytics.services`.
 * `problem` is what the field must be (false in the production builds, which say less). */
export class AssentConfigError extends Error {
  readonly field: string
  constructor(field: string, problem: string | false) {
    super(`assent: ${field} ${EXPLAIN ? problem : `is invalid (${EXPLAINED_BY} says why)`}`)
    this.name = 'AssentConfigError'
    this.field = field
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
