// Validates a createConsent config and fills in the defaults. Every mistake is one
// AssentConfigError naming the field, so the script tag can report it and stop.
// Written for size: this file ships in every page's core.
import { AssentConfigError, isPlainObject } from './config-error'
import type { ConsentConfig, ResolvedConfig } from './types'

/** Browsers cap cookie lifetime at 400 days (RFC 6265bis); a longer record would vanish early. */
const MAX_DAYS = 400
/** Usable as cookie content, attribute value and object key; never a key of Object.prototype. */
const NAME = /^(?!__proto__$|constructor$|prototype$)[\w-]{1,40}$/

function must(ok: unknown, field: string, expected: string): void {
  if (!ok) throw new AssentConfigError(field, `must be ${expected}`)
}

/** Checks that `value` is an object, with no keys but `known` when given (a typo should not pass silently). */
function object(field: string, value: unknown, known?: string): Record<string, unknown> {
  if (value === undefined) value = {}
  must(isPlainObject(value), field, 'an object')
  if (known) for (const key in value as object) must(known.split(' ').includes(key), field === 'config' ? key : `${field}.${key}`, `left out (known: ${known})`)
  return value as Record<string, unknown>
}

function option<T>(field: string, value: unknown, fallback: T, valid: (value: T) => unknown, expected: string): T {
  if (value === undefined) return fallback
  must(valid(value as T), field, expected)
  return value as T
}

const isBoolean = (value: unknown) => typeof value === 'boolean'
const text = (pattern: RegExp) => (value: unknown) => typeof value === 'string' && pattern.test(value)
const globs = (field: string, value: unknown): string[] =>
  option(field, value, [], (list) => Array.isArray(list) && list.every((glob) => typeof glob === 'string' && glob), 'an array of non-empty strings')

export function resolveConfig(config: ConsentConfig): ResolvedConfig {
  const top = object('config', config, 'policy categories expiresAfterDays cookie honorDoNotTrack honorGlobalPrivacyControl')
  const policy = object('policy', top.policy, 'version url')
  must(text(/^\S.{0,63}$/)(policy.version), 'policy.version', 'a non-empty string of at most 64 characters')
  must(policy.url === undefined || typeof policy.url === 'string', 'policy.url', 'a string')

  const rawCategories = object('categories', top.categories)
  const categories: ResolvedConfig['categories'] = {}
  const names = new Set<string>()
  const name = (field: string, value: string) => {
    must(NAME.test(value), field, 'a name of 1-40 letters, digits, "_" or "-"')
    must(!names.has(value), field, 'unique: categories and services share one namespace')
    names.add(value)
  }
  for (const category in rawCategories as object) {
    const field = `categories.${category}`
    name(field, category)
    const { required, services: rawServices } = object(field, rawCategories[category], 'required services')
    const services: Record<string, { cookies: string[]; storage: string[] }> = {}
    const serviceMap = object(`${field}.services`, rawServices)
    for (const service in serviceMap) {
      const serviceField = `${field}.services.${service}`
      name(serviceField, service)
      const { cookies, storage } = object(serviceField, serviceMap[service], 'cookies storage')
      services[service] = { cookies: globs(`${serviceField}.cookies`, cookies), storage: globs(`${serviceField}.storage`, storage) }
    }
    categories[category] = { required: option(`${field}.required`, required, false, isBoolean, 'true or false'), services }
  }
  must(names.size, 'categories', 'an object with at least one category')

  const cookie = object('cookie', top.cookie, 'name domain path sameSite')
  return {
    policy: { version: policy.version as string, url: policy.url as string | undefined },
    categories,
    expiresAfterDays: option('expiresAfterDays', top.expiresAfterDays, 182, (days) => typeof days === 'number' && days > 0 && days <= MAX_DAYS, `a number of days above 0 and at most ${MAX_DAYS}`),
    cookie: {
      name: option('cookie.name', cookie.name, 'assent', text(/^[\w.~!#$%&'*+^`|-]{1,64}$/), 'a valid cookie name'),
      domain: option<string | undefined>('cookie.domain', cookie.domain, undefined, text(/^\.?[a-z0-9.-]+$/i), 'a domain name such as "example.com"'),
      path: option('cookie.path', cookie.path, '/', text(/^\//), 'a path starting with "/"'),
      sameSite: option('cookie.sameSite', cookie.sameSite, 'Lax', text(/^(Lax|Strict|None)$/), '"Lax", "Strict" or "None"'),
    },
    honorDoNotTrack: option('honorDoNotTrack', top.honorDoNotTrack, true, isBoolean, 'true or false'),
    honorGlobalPrivacyControl: option('honorGlobalPrivacyControl', top.honorGlobalPrivacyControl, true, isBoolean, 'true or false'),
  }
}
