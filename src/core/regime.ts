// Regimes (SPEC section 10): which model of consent applies to this visitor, from the
// config's `region` and `regimes`. Validated here so that a mistake names its field.
import { checkOneOf, fail } from './check-shape'
import { isPlainObject } from './config-error'
import { GROUPS, REGION, regionFromTimeZone, regionKeys } from './regions'
import { RECOMMENDED } from './recommended'
import type { ConsentRecord, Regime, RegimeModel, RegimeRule } from './types'

const MODELS: RegimeModel[] = ['opt-in', 'opt-out', 'none']

/**
 * The regime in force: the model of the most specific key of `regimes` that matches the
 * region; no `regimes` (or no matching key, not even `default`) is opt-in. `optOut` lists
 * the categories granted before a decision: every non-required one under 'opt-out' and
 * 'none', the listed ones under 'opt-in'.
 */
export function resolveRegime(
  region: unknown, regimes: unknown, categories: Record<string, { required: boolean }>,
): Regime {
  region ??= null
  if (region === 'timezone') region = regionFromTimeZone()
  // Headers and hand-written configs differ in case: 'us-ca' is 'US-CA'.
  else if (typeof region == 'string' && REGION.test(region.toUpperCase())) region = region.toUpperCase()
  else if (region != null) fail('region', 'must be an ISO 3166 code such as "DE" or "US-CA", "timezone" or null')
  const map: Record<string, unknown> = regimes === 'recommended' ? RECOMMENDED : regimes === undefined ? {} : isPlainObject(regimes) ? regimes : fail('regimes', 'must be an object or "recommended"')
  let found: Regime | undefined
  for (const key in map) {
    const field = 'regimes.' + key
    if (!(key == 'default' || Object.hasOwn(GROUPS, key) || REGION.test(key))) fail(field, 'must be a region code ("US-CA", "GB"), "EU", "EEA" or "default"')
    const rule = map[key]
    const object = isPlainObject(rule)
    const { model, optOut = [], ...rest } = (object ? rule : { model: rule }) as { model: RegimeModel; optOut?: string[] }
    if (!MODELS.includes(model)) fail(object ? field + '.model' : field, 'must be one of ' + MODELS.join(', '))
    for (const other in rest) fail(field + '.' + other, 'is not a known option')
    if (!Array.isArray(optOut)) fail(field + '.optOut', 'must be a list of categories')
    optOut.map((name, i) => checkOneOf(name, Object.keys(categories), `${field}.optOut[${i}]`))
  }
  for (const key of regionKeys(region as string | null)) {
    const rule = map[key] as RegimeRule | undefined
    if (!rule) continue
    const { model, optOut = [] } = typeof rule == 'string' ? { model: rule } : rule
    found = { region: region as string | null, model, optOut: model == 'opt-in' ? optOut : Object.keys(categories) }
    break
  }
  found ??= { region: region as string | null, model: 'opt-in', optOut: [] }
  found.optOut = found.optOut.filter((name) => !categories[name].required)
  return found
}

/** A dismissed notice is a decision only where notices are: never under an opt-in regime
 * (a visitor who travels from California to the EEA is asked). Other records stand everywhere. */
export const standsUnder = (record: ConsentRecord, regime: Regime) => record.action != 'notice' || regime.model != 'opt-in'
