// --suggest: an assent script-tag config for the services found, built from their catalogue
// entries (SPEC 11: a service config accepts every field of ServiceInfo), each in the
// category the catalogue suggests. Services the site's config already names keep its place.
import type { ServiceInfo } from '../services/types'
import type { DetectedService } from './types'

export function suggestConfig(services: DetectedService[], catalogue: ServiceInfo[]): unknown {
  const categories: Record<string, { required?: boolean; services?: Record<string, ServiceInfo> }> = { necessary: { required: true } }
  for (const detected of services) {
    const entry = catalogue.find((item) => item.id === detected.catalogueId)
    if (!entry) continue
    const category = entry.category
    const slot = (categories[category] ??= {})
    if (category === 'necessary') continue
    ;(slot.services ??= {})[entry.id] = entry
  }
  return { policy: { version: new Date().toISOString().slice(0, 10), url: '/privacy' }, categories }
}
