// Says what each cookie, storage key and request belongs to: a service of the site's config
// first (the site's own name and category), then an entry of the catalogue. A config service
// is linked to a catalogue entry when it names it (its key or its `id` is the entry's id) or
// declares one of its cookie globs; it then also owns the entry's hosts, so `ga4: { cookies:
// ['_ga'] }` covers the requests to Google Analytics too.
import type { ServiceInfo } from '../services/types'
import { globMatches, hostMatches } from './globs'
import type { SiteConfig } from './site-config'

export interface Match {
  /** The config's service name, or the catalogue id. */
  service: string
  category: string
  /** Whether the site's config names it. */
  declared: boolean
  /** Whether it needs consent: false for a required category (and the consent cookie). */
  needsConsent: boolean
  catalogueId?: string
  name: string
}

interface Owner extends Match {
  cookies: string[]
  storage: string[]
  hosts: string[]
}

export interface Classifier {
  cookie(name: string): Match | undefined
  storage(key: string): Match | undefined
  host(host: string): Match | undefined
}

function linkedEntry(service: SiteConfig['services'][number], catalogue: ServiceInfo[]): ServiceInfo | undefined {
  return catalogue.find((entry) => entry.id === service.id) ??
    catalogue.find((entry) => entry.id === service.name) ??
    catalogue.find((entry) => service.cookies.some((glob) => entry.cookies.includes(glob)))
}

export function createClassifier(config: SiteConfig | null, catalogue: ServiceInfo[]): Classifier {
  const owners: Owner[] = []
  if (config) {
    owners.push({ service: 'assent', name: 'assent (consent cookie)', category: 'necessary', declared: true, needsConsent: false,
      cookies: [config.cookieName], storage: ['assent:*'], hosts: [] })
    for (const service of config.services) {
      const entry = linkedEntry(service, catalogue)
      owners.push({
        service: service.name, name: entry?.name ?? service.name, category: service.category, declared: true,
        needsConsent: !service.required && service.category !== 'necessary', catalogueId: entry?.id,
        cookies: [...service.cookies, ...(entry?.cookies ?? [])],
        storage: [...service.storage, ...(entry?.storage ?? [])],
        hosts: [...service.hosts, ...(entry?.hosts ?? [])],
      })
    }
  }
  for (const entry of catalogue) {
    owners.push({ service: entry.id, name: entry.name, category: entry.category, declared: false,
      needsConsent: entry.category !== 'necessary', catalogueId: entry.id, cookies: entry.cookies, storage: entry.storage, hosts: entry.hosts })
  }
  const find = (test: (owner: Owner) => boolean): Match | undefined => {
    const owner = owners.find(test)
    if (!owner) return undefined
    const { cookies: _c, storage: _s, hosts: _h, ...match } = owner
    return match
  }
  return {
    cookie: (name) => find((owner) => owner.cookies.some((glob) => globMatches(glob, name))),
    storage: (key) => find((owner) => owner.storage.some((glob) => globMatches(glob, key))),
    host: (host) => find((owner) => owner.hosts.some((glob) => hostMatches(glob, host))),
  }
}
