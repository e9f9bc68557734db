/** A configuration mistake; `field` is the dotted path of the bad field, e.g. `categories.analytics.services`. */
export class AssentConfigError extends Error {
  readonly field: string
  constructor(field: string, problem: string) {
    super(`assent: ${field} ${problem}`)
    this.name = 'AssentConfigError'
    this.field = field
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
