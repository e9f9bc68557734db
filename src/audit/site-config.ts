// The part of a site's assent config the audit reads: categories, their services' cookie,
// storage and host globs, the consent cookie's name. Taken from the page (the script-tag
// config) or from --config, and checked field by field, as either may be anything.
export interface SiteService {
  name: string
  category: string
  required: boolean
  cookies: string[]
  storage: string[]
  hosts: string[]
  /** A catalogue id the site's entry names (`id`, as in a spread catalogue entry). */
  id?: string
}

export interface SiteConfig {
  categories: { name: string; required: boolean }[]
  services: SiteService[]
  cookieName: string
}

export class ConfigError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function globs(value: unknown, field: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw new ConfigError(`${field} must be an array of strings`)
  return value as string[]
}

/** Reads `categories` (SPEC 2) out of a config object; `source` names where it came from. */
export function readSiteConfig(raw: unknown, source: string): SiteConfig {
  if (!isObject(raw)) throw new ConfigError(`${source}: the config must be a JSON object`)
  if (!isObject(raw.categories)) throw new ConfigError(`${source}: categories must be an object of categories`)
  const categories: SiteConfig['categories'] = []
  const services: SiteService[] = []
  for (const [category, value] of Object.entries(raw.categories)) {
    if (!isObject(value)) throw new ConfigError(`${source}: categories.${category} must be an object`)
    const required = value.required === true
    categories.push({ name: category, required })
    if (value.services === undefined) continue
    if (!isObject(value.services)) throw new ConfigError(`${source}: categories.${category}.services must be an object`)
    for (const [name, service] of Object.entries(value.services)) {
      const field = `${source}: categories.${category}.services.${name}`
      if (!isObject(service)) throw new ConfigError(`${field} must be an object`)
      services.push({
        name, category, required,
        cookies: globs(service.cookies, `${field}.cookies`),
        storage: globs(service.storage, `${field}.storage`),
        hosts: globs(service.hosts, `${field}.hosts`),
        id: typeof service.id === 'string' ? service.id : undefined,
      })
    }
  }
  const cookie = isObject(raw.cookie) && typeof raw.cookie.name === 'string' ? raw.cookie.name : 'assent'
  return { categories, services, cookieName: cookie }
}
