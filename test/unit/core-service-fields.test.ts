// A service config takes every field of a catalogue entry (SPEC 11), shape-checked, and keeps
// them in the resolved config for the UI, the Google bridge, autoblock and audit.
import { describe, expect, it } from 'vitest'
import { AssentConfigError, createConsent } from '../../src/index'
import { googleAnalytics, services } from '../../src/services/index'
import type { ServiceConfig } from '../../src/core/types'

const withService = (service: unknown) => ({ policy: { version: '1' }, categories: { analytics: { services: { svc: service as ServiceConfig } } } })
const errorOf = (service: unknown) => {
  try {
    createConsent(withService(service)).destroy()
  } catch (error) {
    return error as AssentConfigError
  }
  throw new Error('no error')
}

describe('a catalogue entry as a service config', () => {
  it('is accepted as it is, every field kept', () => {
    const consent = createConsent({ policy: { version: '1' }, categories: { analytics: { services: { ga4: googleAnalytics } } } })
    expect(consent.config.categories.analytics.services.ga4).toEqual(googleAnalytics)
    consent.destroy()
  })

  it('every entry of the catalogue is accepted', () => {
    const consent = createConsent({ policy: { version: '1' }, categories: { marketing: { services: Object.fromEntries(services.map((s) => [s.id, s])) } } })
    expect(Object.keys(consent.config.categories.marketing.services)).toEqual(services.map((s) => s.id))
    consent.destroy()
  })

  it('fills in empty lists for cookies, storage and hosts', () => {
    const consent = createConsent(withService({ name: 'X' }))
    expect(consent.config.categories.analytics.services.svc).toEqual({ name: 'X', cookies: [], storage: [], hosts: [] })
    consent.destroy()
  })

  it.each([
    [{ name: 1 }, 'categories.analytics.services.svc.name'],
    [{ description: ['x'] }, 'categories.analytics.services.svc.description'],
    [{ hosts: 'example.com' }, 'categories.analytics.services.svc.hosts'],
    [{ hosts: [''] }, 'categories.analytics.services.svc.hosts'],
    [{ hosts: [1] }, 'categories.analytics.services.svc.hosts[0]'],
    [{ google: 'ad_storage' }, 'categories.analytics.services.svc.google'],
    [{ embed: 'yes' }, 'categories.analytics.services.svc.embed'],
    [{ sources: [{}] }, 'categories.analytics.services.svc.sources[0]'],
    [{ id: 1 }, 'categories.analytics.services.svc.id'],
    [{ vendor: false }, 'categories.analytics.services.svc.vendor'],
    [{ category: 1 }, 'categories.analytics.services.svc.category'],
    [{ privacyPolicy: {} }, 'categories.analytics.services.svc.privacyPolicy'],
    [{ descripton: 'typo' }, 'categories.analytics.services.svc.descripton'],
  ])('rejects %j naming %s', (service, field) => {
    const error = errorOf(service)
    expect(error).toBeInstanceOf(AssentConfigError)
    expect(error.field).toBe(field)
  })
})
