// Validates a createConsent config and fills in the defaults. Every mistake is one
// AssentConfigError naming the field, so the script tag can report it and stop.
// Written for size: this file ships in every page's core.
import { checkOneOf, checkShape, fail } from './check-shape'
import { isPlainObject } from './config-error'
import { EXPLAIN } from './explain'
import { resolveRegime } from './regime'
import type { ConsentConfig, ResolvedConfig } from './types'

/** Browsers cap cookie lifetime at 400 days (RFC 6265bis); a longer record would vanish early. */
const MAX_DAYS = 400
/** Usable as cookie content, attribute value and object key; never a key of Object.prototype. */
const NAME = /^(?!__proto__$|constructor$|prototype$)[\w-]{1,40}$/

const SHAPE = {
  policy: { version: '', url: '' },
  // A service takes every field of a catalogue entry (SPEC 11, src/services/types.ts); this
  // key order compresses best.
  categories: { '*': { required: false, services: { '*': { name: '', description: '', cookies: [''], storage: [''], hosts: [''], google: [''], sources: [''], id: '', vendor: '', category: '', privacyPolicy: '', embed: false } } } },
  expiresAfterDays: 0,
  cookie: { name: '', domain: '', path: '', sameSite: '' },
  honorDoNotTrack: false,
  honorGlobalPrivacyControl: false,
  // Checked by resolveRegime, which names the field.
  region: undefined,
  regimes: undefined,
}

const must = (ok: unknown, field: string, expected: string | false) => ok || fail(field, expected && 'must be ' + expected)

export function resolveConfig(config: ConsentConfig): ResolvedConfig {
  must(isPlainObject(config), 'config', EXPLAIN && 'an object')
  checkShape(config, SHAPE, '')
  const { policy = {} as ConsentConfig['policy'], categories = {}, expiresAfterDays = 182, cookie = {}, honorDoNotTrack = true, honorGlobalPrivacyControl = true } = config
  const { name = 'assent', domain, path = '/', sameSite = 'Lax' } = cookie
  must(/^\S.{0,63}$/.test(policy.version ?? ''), 'policy.version', EXPLAIN && 'a non-empty string of at most 64 characters')

  const resolved: ResolvedConfig['categories'] = {}
  const names = new Set<string>()
  const checkName = (field: string, value: string) => {
    must(NAME.test(value) && !names.has(value), field, EXPLAIN && 'a unique name of 1-40 letters, digits, "_" or "-"')
    names.add(value)
  }
  for (const category in categories) {
    const field = 'categories.' + category
    checkName(field, category)
    const { required = false, services = {} } = categories[category]
    const resolvedServices: ResolvedConfig['categories'][string]['services'] = (resolved[category] = { required, services: {} }).services
    for (const service in services) {
      const serviceField = field + '.services.' + service
      checkName(serviceField, service)
      const { cookies = [], storage = [], hosts = [] } = services[service]
      const globs = { cookies, storage, hosts }
      for (const key in globs) must(!globs[key as 'cookies'].includes(''), serviceField + '.' + key, EXPLAIN && 'a list of non-empty strings')
      // The other fields are kept as given, for the UI's default texts, the Google bridge and tools.
      resolvedServices[service] = { ...services[service], ...globs }
    }
  }
  must(names.size, 'categories', EXPLAIN && 'an object with at least one category')
  must(expiresAfterDays > 0 && expiresAfterDays <= MAX_DAYS, 'expiresAfterDays', EXPLAIN && 'a number of days above 0 and at most ' + MAX_DAYS)
  must(/^[\w.~!#$%&'*+^`|-]{1,64}$/.test(name), 'cookie.name', EXPLAIN && 'a valid cookie name')
  must(domain === undefined || /^\.?[a-z0-9.-]+$/i.test(domain), 'cookie.domain', EXPLAIN && 'a domain name such as "example.com"')
  must(path[0] == '/', 'cookie.path', EXPLAIN && 'a path starting with "/"')
  checkOneOf(sameSite, ['Lax', 'Strict', 'None'], 'cookie.sameSite')
  return {
    policy,
    categories: resolved,
    expiresAfterDays,
    cookie: { name, domain, path, sameSite },
    honorDoNotTrack,
    honorGlobalPrivacyControl,
    regime: resolveRegime(config.region, config.regimes, resolved),
  }
}
