// Turns a user's choices into the full per-category and per-service maps of a record,
// and decides whether a stored record still covers the configuration.
import { checkShape } from './check-shape'
import type { ConsentRecord, ResolvedConfig } from './types'

const DAY_MS = 86_400_000

export interface ResolvedChoices {
  choices: Record<string, boolean>
  services: Record<string, boolean>
}

/**
 * `named`: `{ [category or service]: boolean }`, or true to grant everything. A category named
 * true takes its services along unless they are named false; a service named on its own keeps
 * its own value; required categories and their services are always true; anything not named
 * is refused.
 */
export function resolveChoices(config: ResolvedConfig, named: Record<string, boolean> | boolean): ResolvedChoices {
  const choices: Record<string, boolean> = {}
  const services: Record<string, boolean> = {}
  const own = (typeof named == 'object' ? named : {}) as Record<string, boolean | undefined>
  for (const category in config.categories) {
    const { required, services: categoryServices } = config.categories[category]
    const granted = (choices[category] = required || named === true || own[category] === true)
    for (const service in categoryServices) services[service] = required || (own[service] ?? granted)
  }
  // Every name must be configured and every value a boolean (undefined counts as not named).
  checkShape(own, { ...choices, ...services }, 'choices')
  return { choices, services }
}

/**
 * A stored record counts only when it is for this policy version, not expired (by its own
 * date and by today's expiry setting), not from the future, and holds a choice for every
 * configured category and service (a purpose added to the config needs a new decision).
 */
export function isRecordValid(record: ConsentRecord, config: ResolvedConfig, now: number): boolean {
  try {
    const created = Date.parse(record.createdAt)
    let valid = record.policyVersion === config.policy.version &&
      Date.parse(record.expiresAt) > now &&
      created + config.expiresAfterDays * DAY_MS > now &&
      created < now + DAY_MS && // a clock can be off, but not by days
      typeof record.signals.doNotTrack === 'boolean' && typeof record.signals.globalPrivacyControl === 'boolean'
    for (const category in config.categories) {
      const { required, services } = config.categories[category]
      valid &&= typeof record.choices[category] === 'boolean' && (!required || record.choices[category])
      for (const service in services) valid &&= typeof record.services[service] === 'boolean'
    }
    return valid
  } catch {
    return false // a missing field inside a well-formed cookie
  }
}
