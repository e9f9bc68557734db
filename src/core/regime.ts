// Regimes (SPEC section 10): which model of consent applies to this visitor, from the
// config's `region` and `regimes`. Validated here so that a mistake names its field.
// Written for size: it ships in every page's core.
import { checkOneOf, checkShape, fail } from './check-shape'
import { isPlainObject } from './config-error'
import { GROUPS, REGION, regionFromTimeZone, regionKeys } from './regions'
import { MODELS, RECOMMENDED } from './recommended'
import { EXPLAIN } from './explain'
import type { ConsentRecord, Regime, RegimeModel } from './types'

const KEY = /^([A-Z]{2}(-[A-Z\d]{1,3})?|EU|EEA|default)$/

/**
 * The regime in force: the model of the most specific key of `regimes` that matches the
 * region; no `regimes` (or no matching key, not even `default`) is opt-in. `optOut` lists
 * the categories granted before a decision: every non-required one under 'opt-out' and
 * 'none', the listed ones under 'opt-in'.
 */
export function resolveRegime(region: unknown, regimes: unknown, categories: Record<string, { required: boolean }>): Regime {
  const names = Object.keys(categories)
  const given = (regimes === 'recommended' ? RECOMMENDED : regimes ?? {}) as Record<string, unknown>
  if (!isPlainObject(given)) fail('regimes', EXPLAIN && 'must be an object or "recommended"')
  // Each rule as { model, optOut }: a rule may be the model alone.
  const map: Record<string, { model: RegimeModel; optOut?: string[] }> = {}
  for (const key in given) {
    const field = 'regimes.' + key
    const object = isPlainObject(given[key])
    const { model, optOut = [] } = (map[key] = (object ? given[key] : { model: given[key] }) as (typeof map)[string])
    if (!KEY.test(key)) fail(field, EXPLAIN && 'must be a region ("US-CA"), "EU", "EEA" or "default"')
    checkOneOf(model ?? 0, MODELS, object ? field + '.model' : field)
    checkShape(map[key], { model: '', optOut: [''] }, field)
    optOut.map((name, i) => checkOneOf(name, names, `${field}.optOut[${i}]`))
  }
  // The time zone can only tell apart the countries that the regimes name, alone or in a group.
  region = region == 'timezone' ? regionFromTimeZone(Object.keys(map).flatMap((key) => GROUPS[key] ?? key.match(/^[A-Z]{2}/) ?? []))
    : region == null ? null : REGION.test(region as string) ? region : fail('region', EXPLAIN && 'must be a region ("DE", "US-CA"), "timezone" or null')
  const { model, optOut = [] } = map[regionKeys(region as string | null).find((key) => map[key])!] ?? { model: 'opt-in' }
  return { region: region as string | null, model, optOut: (model == 'opt-in' ? optOut : names).filter((name) => !categories[name].required) }
}

/** A dismissed notice is a decision only where notices are: never under an opt-in regime
 * (a visitor who travels from California to the EEA is asked). Other records stand everywhere. */
export const standsUnder = (record: ConsentRecord, regime: Regime) => record.action != 'notice' || regime.model != 'opt-in'
