// Validates a createConsent config and fills in the defaults. Every mistake is one
// AssentConfigError naming the field, so the script tag can report it and stop.
import { AssentConfigError, checkKeys, checkName, isPlainObject } from './config-error'
import type { ConsentConfig, ResolvedConfig, SameSite } from './types'

const DEFAULT_DAYS = 182
/** Browsers cap cookie lifetime at 400 days (RFC 6265bis); a longer record would vanish early. */
const MAX_DAYS = 400
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/
const SAME_SITE: SameSite[] = ['Lax', 'Strict', 'None']

function checkGlobs(field: string, value: unknown): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new AssentConfigError(field, 'must be an array of strings')
  value.forEach((glob, i) => {
    if (typeof glob !== 'string' || glob === '') throw new AssentConfigError(`${field}[${i}]`, 'must be a non-empty string')
  })
  return value.slice()
}

function checkBoolean(field: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') throw new AssentConfigError(field, 'must be true or false')
  return value
}

function resolveCategories(value: unknown): ResolvedConfig['categories'] {
  if (!isPlainObject(value)) throw new AssentConfigError('categories', 'must be an object of categories')
  const names = Object.keys(value)
  if (names.length === 0) throw new AssentConfigError('categories', 'must name at least one category')
  const seen = new Set<string>()
  const categories: ResolvedConfig['categories'] = {}
  for (const name of names) {
    const field = `categories.${name}`
    checkName(field, name)
    const category = value[name] ?? {}
    if (!isPlainObject(category)) throw new AssentConfigError(field, 'must be an object')
    checkKeys(field, category, ['required', 'services'])
    if (seen.has(name)) throw new AssentConfigError(field, 'is also the name of a service; names must be unique')
    seen.add(name)
    const services: Record<string, { cookies: string[]; storage: string[] }> = {}
    const rawServices = category.services ?? {}
    if (!isPlainObject(rawServices)) throw new AssentConfigError(`${field}.services`, 'must be an object of services')
    for (const service of Object.keys(rawServices)) {
      const serviceField = `${field}.services.${service}`
      checkName(serviceField, service)
      if (seen.has(service)) throw new AssentConfigError(serviceField, 'is named twice; category and service names must be unique')
      seen.add(service)
      const config = rawServices[service] ?? {}
      if (!isPlainObject(config)) throw new AssentConfigError(serviceField, 'must be an object')
      checkKeys(serviceField, config, ['cookies', 'storage'])
      services[service] = {
        cookies: checkGlobs(`${serviceField}.cookies`, config.cookies),
        storage: checkGlobs(`${serviceField}.storage`, config.storage),
      }
    }
    categories[name] = { required: checkBoolean(`${field}.required`, category.required, false), services }
  }
  return categories
}

function resolveCookie(value: unknown): ResolvedConfig['cookie'] {
  if (value === undefined) return { name: 'assent', path: '/', sameSite: 'Lax' }
  if (!isPlainObject(value)) throw new AssentConfigError('cookie', 'must be an object')
  checkKeys('cookie', value, ['name', 'domain', 'path', 'sameSite'])
  const { name = 'assent', domain, path = '/', sameSite = 'Lax' } = value
  if (typeof name !== 'string' || !COOKIE_NAME.test(name)) throw new AssentConfigError('cookie.name', 'must be a valid cookie name')
  if (domain !== undefined && (typeof domain !== 'string' || !/^\.?[A-Za-z0-9.-]+$/.test(domain))) {
    throw new AssentConfigError('cookie.domain', 'must be a domain name such as "example.com"')
  }
  if (typeof path !== 'string' || !path.startsWith('/')) throw new AssentConfigError('cookie.path', 'must be a string starting with "/"')
  if (!SAME_SITE.includes(sameSite as SameSite)) throw new AssentConfigError('cookie.sameSite', 'must be "Lax", "Strict" or "None"')
  return { name, domain: domain as string | undefined, path, sameSite: sameSite as SameSite }
}

export function resolveConfig(config: ConsentConfig): ResolvedConfig {
  if (!isPlainObject(config)) throw new AssentConfigError('config', 'must be an object')
  checkKeys('', config, ['policy', 'categories', 'expiresAfterDays', 'cookie', 'honorDoNotTrack', 'honorGlobalPrivacyControl'])
  const { policy } = config
  if (!isPlainObject(policy)) throw new AssentConfigError('policy', 'must be an object with a version')
  checkKeys('policy', policy, ['version', 'url'])
  if (typeof policy.version !== 'string' || policy.version.trim() === '' || policy.version.length > 64) {
    throw new AssentConfigError('policy.version', 'must be a non-empty string of at most 64 characters')
  }
  if (policy.url !== undefined && typeof policy.url !== 'string') throw new AssentConfigError('policy.url', 'must be a string')
  const days = config.expiresAfterDays ?? DEFAULT_DAYS
  if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0 || days > MAX_DAYS) {
    throw new AssentConfigError('expiresAfterDays', `must be a number of days above 0 and at most ${MAX_DAYS}`)
  }
  return {
    policy: { version: policy.version, url: policy.url },
    categories: resolveCategories(config.categories),
    expiresAfterDays: days,
    cookie: resolveCookie(config.cookie),
    honorDoNotTrack: checkBoolean('honorDoNotTrack', config.honorDoNotTrack, true),
    honorGlobalPrivacyControl: checkBoolean('honorGlobalPrivacyControl', config.honorGlobalPrivacyControl, true),
  }
}
