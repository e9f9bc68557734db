// @vitest-environment node
// The whole catalogue: every entry well formed, sourced, and usable as a service config.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as catalogue from '../../src/services/index'
import { services, type ServiceInfo } from '../../src/services/index'
import { checkShape } from '../../src/core/check-shape'
import { CONSENT_TYPES } from '../../src/google/consent-types'

const CATEGORIES = ['necessary', 'functional', 'analytics', 'marketing']
/** The example every entry is checked against: the kinds of SPEC 11's ServiceInfo. */
const SHAPE = { id: '', name: '', vendor: '', category: '', description: '', privacyPolicy: '', cookies: [''], storage: [''], hosts: [''], google: [''], embed: false, sources: [''] }
const REQUIRED = ['id', 'name', 'vendor', 'category', 'description', 'privacyPolicy', 'cookies', 'storage', 'hosts', 'sources']
/** A cookie name (RFC 6265 token) or localStorage key, with `*` as the wildcard. */
const NAME_GLOB = /^[\w!#$%&'+.^`|~*-]+$/
/** A host name, optionally starting with `*.` (which also matches the apex). */
const HOST_GLOB = /^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/
const isHttpsUrl = (value: string) => {
  try {
    return new URL(value).protocol == 'https:'
  } catch {
    return false
  }
}
/** The gate's compilation of a glob (src/gate/forget-refused.ts). */
const compile = (glob: string) => RegExp(`^(${glob.replace(/\W/g, (c) => (c == '*' ? '.*' : '\\' + c))})$`)

describe('the services catalogue', () => {
  it('holds at least 60 entries', () => {
    expect(services.length).toBeGreaterThanOrEqual(60)
  })

  it('has unique ids, each kebab-case and in a file of its own name', () => {
    const ids = services.map((service) => service.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(existsSync(new URL(`../../src/services/${id}.ts`, import.meta.url)), id).toBe(true)
    }
  })

  it('lists every named export exactly once, and exports nothing it does not list', () => {
    const named = Object.entries(catalogue).filter(([key]) => key != 'services').map(([, value]) => value)
    expect(new Set(named).size).toBe(named.length)
    expect(new Set(services)).toEqual(new Set(named))
  })

  describe.each(services.map((service) => [service.id, service] as [string, ServiceInfo]))('%s', (id, service) => {
    it('has every field of the right shape', () => {
      expect(() => checkShape(service, SHAPE, id)).not.toThrow()
      for (const key of REQUIRED) expect(service, key).toHaveProperty(key)
      for (const key of ['id', 'name', 'vendor', 'description'] as const) expect(service[key].trim(), key).not.toBe('')
      expect(service.description.length).toBeLessThanOrEqual(300)
      expect(service.description).toMatch(/[.!]$/)
      expect(isHttpsUrl(service.privacyPolicy), service.privacyPolicy).toBe(true)
    })

    it('has a valid category', () => {
      expect(CATEGORIES).toContain(service.category)
    })

    it('has globs that compile and match what they name', () => {
      for (const glob of [...service.cookies, ...service.storage]) {
        expect(glob).toMatch(NAME_GLOB)
        expect(compile(glob).test(glob.replaceAll('*', 'x'))).toBe(true)
      }
      for (const host of service.hosts) {
        expect(host).toMatch(HOST_GLOB)
        expect(compile(host).test(host.replaceAll('*', 'x'))).toBe(true)
      }
      for (const list of [service.cookies, service.storage, service.hosts]) expect(new Set(list).size).toBe(list.length)
    })

    it('names Google consent types only from Consent Mode', () => {
      for (const type of service.google ?? []) expect(CONSENT_TYPES).toContain(type)
    })

    it('gives the clean-up or blocking something to act on unless necessary', () => {
      if (service.category != 'necessary') expect(service.cookies.length + service.storage.length + service.hosts.length).toBeGreaterThan(0)
    })

    it('cites at least one https source, each once', () => {
      expect(service.sources.length).toBeGreaterThan(0)
      for (const source of service.sources) expect(isHttpsUrl(source), source).toBe(true)
      expect(new Set(service.sources).size).toBe(service.sources.length)
    })
  })
})
