// Turns a user's choices into the full per-category and per-service maps of a record,
// and decides whether a stored record still covers the configuration.
import { AssentConfigError } from './config-error'
import type { ConsentRecord, ResolvedConfig } from './types'

export interface ResolvedChoices {
  choices: Record<string, boolean>
  services: Record<string, boolean>
}

/**
 * `named`: `{ [category or service]: boolean }`. A category named true takes its services
 * along unless they are named false; a service named on its own keeps its own value;
 * required categories and their services are always true; anything not named is refused.
 */
export function resolveChoices(config: ResolvedConfig, named: Record<string, boolean>): ResolvedChoices {
  const choices: Record<string, boolean> = {}
  const services: Record<string, boolean> = {}
  const known = new Set<string>()
  for (const [category, { required, services: categoryServices }] of Object.entries(config.categories)) {
    known.add(category)
    const categoryValue = required || named[category] === true
    choices[category] = categoryValue
    for (const service of Object.keys(categoryServices)) {
      known.add(service)
      const own = named[service]
      services[service] = required || (typeof own === 'boolean' ? own : categoryValue)
    }
  }
  for (const [name, value] of Object.entries(named)) {
    if (!known.has(name)) throw new AssentConfigError(`choices.${name}`, 'is not a configured category or service')
    if (typeof value !== 'boolean') throw new AssentConfigError(`choices.${name}`, 'must be true or false')
  }
  return { choices, services }
}

/** Everything refused but what is required. */
export function refuseAll(config: ResolvedConfig): ResolvedChoices {
  return resolveChoices(config, {})
}

/** Everything granted. */
export function grantAll(config: ResolvedConfig): ResolvedChoices {
  const named: Record<string, boolean> = {}
  for (const category of Object.keys(config.categories)) named[category] = true
  return resolveChoices(config, named)
}

/**
 * A stored record counts only when it is for this policy version, not expired (by its own
 * date and by today's expiry setting), not from the future, and holds a choice for every
 * configured category and service (a purpose added to the config needs a new decision).
 */
export function isRecordValid(record: ConsentRecord, config: ResolvedConfig, now: number): boolean {
  const created = Date.parse(record.createdAt)
  const dayMs = 86_400_000
  if (record.policyVersion !== config.policy.version) return false
  if (Date.parse(record.expiresAt) <= now || created + config.expiresAfterDays * dayMs <= now) return false
  if (created > now + dayMs) return false // a clock can be off, but not by days
  for (const [category, { required, services }] of Object.entries(config.categories)) {
    if (typeof record.choices[category] !== 'boolean') return false
    if (required && !record.choices[category]) return false
    for (const service of Object.keys(services)) {
      if (typeof record.services[service] !== 'boolean') return false
    }
  }
  return true
}
