// autoblock's host matcher and rule resolution in happy-dom: globs against hostnames (never
// scheme, port or path), the apex rule of `*.`, services' `hosts` and `rules` by name, grants,
// and field-naming errors.
import { beforeEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../src/index'
import { hostPattern, hostRules } from '../../src/autoblock/host-rules'
import { googleAnalytics } from '../../src/services/index'
import { AssentConfigError } from '../../src/core/config-error'
import type { Consent, ConsentConfig } from '../../src/core/types'

const config = (): ConsentConfig => ({
  policy: { version: '1' },
  categories: {
    necessary: { required: true },
    analytics: { services: { ga4: { cookies: ['_ga'] }, plausible: { hosts: ['plausible.io'] }, hotjar: {} } },
    marketing: { services: { youtube: {} } },
  },
})

let consent: Consent
beforeEach(() => {
  document.cookie = 'assent=;path=/;max-age=0'
  consent = createConsent(config())
})

describe('hostPattern', () => {
  it('matches the hostname and, for a leading "*.", the domain itself', () => {
    const pattern = hostPattern('*.google-analytics.com')
    expect(pattern.test('google-analytics.com')).toBe(true)
    expect(pattern.test('www.google-analytics.com')).toBe(true)
    expect(pattern.test('a.b.google-analytics.com')).toBe(true)
    expect(pattern.test('google-analytics.com.evil.test')).toBe(false)
    expect(pattern.test('notgoogle-analytics.com')).toBe(false)
  })
  it('treats dots literally and "*" inside a label as any run', () => {
    expect(hostPattern('www.example.com').test('wwwxexample.com')).toBe(false)
    expect(hostPattern('static.*.example').test('static.cdn.example')).toBe(true)
    expect(hostPattern('WWW.Example.com').test('www.example.com')).toBe(true)
  })
})

describe('hostRules', () => {
  const GA = { rules: { ga4: ['*.google-analytics.com', 'www.googletagmanager.com'] } }

  it('holds a URL that a rule matches until its name is granted', () => {
    const heldBy = hostRules(consent, GA)
    expect(heldBy('https://www.google-analytics.com/g/collect?v=2')).toBe('ga4')
    expect(heldBy('//region1.google-analytics.com/x')).toBe('ga4')
    expect(heldBy('https://www.googletagmanager.com:8443/gtag/js')).toBe('ga4')
    expect(heldBy('https://googletagmanager.com/gtag/js')).toBeUndefined()
    expect(heldBy('/local.js')).toBeUndefined()
    expect(heldBy('https://example.com/?u=www.google-analytics.com')).toBeUndefined()
    consent.save({ analytics: true, ga4: true })
    expect(heldBy('https://www.google-analytics.com/g/collect')).toBeUndefined()
  })
  it("holds a URL of a service's own hosts, catalogue entries included", () => {
    const heldBy = hostRules(createConsent({ ...config(), categories: { analytics: { services: { ga4: googleAnalytics, plausible: { hosts: ['plausible.io'] } } } } }), {})
    expect(heldBy('https://region1.google-analytics.com/g/collect')).toBe('ga4')
    expect(heldBy('https://plausible.io/js/script.js')).toBe('plausible')
    expect(heldBy('https://plausible.io.example/js/script.js')).toBeUndefined()
  })
  it('reads a Request or URL object, and lets what is not a URL through', () => {
    const heldBy = hostRules(consent, GA)
    expect(heldBy(new URL('https://www.google-analytics.com/x'))).toBe('ga4')
    expect(heldBy(new Request('https://www.google-analytics.com/x'))).toBe('ga4')
    expect(heldBy('http://[bad')).toBeUndefined()
  })
  it('adds rules by category or service name', () => {
    const heldBy = hostRules(consent, { rules: { hotjar: ['*.hotjar.com'], marketing: ['*.youtube.com', 'www.youtube-nocookie.com'] } })
    expect(heldBy('https://static.hotjar.com/c/hotjar-1.js')).toBe('hotjar')
    expect(heldBy('https://www.youtube-nocookie.com/embed/x')).toBe('marketing')
    consent.save({ marketing: true })
    expect(heldBy('https://www.youtube.com/embed/x')).toBeUndefined()
    expect(heldBy('https://script.hotjar.com/modules.js')).toBe('hotjar')
  })
  it('holds a URL that two names match until both are granted', () => {
    const heldBy = hostRules(consent, { rules: { marketing: ['*.google-analytics.com'] } })
    consent.save({ analytics: true, ga4: true })
    expect(heldBy('https://www.google-analytics.com/x')).toBe('marketing')
  })
  it('names the bad field', () => {
    const error = (options: object) => {
      try {
        hostRules(consent, options)
      } catch (caught) {
        return caught instanceof AssentConfigError ? caught.field : caught
      }
    }
    expect(error({ rules: { nope: ['*.example.com'] } })).toBe('autoblock.rules.nope')
    expect(error({ rules: { hotjar: ['https://static.hotjar.com'] } })).toBe('autoblock.rules.hotjar')
    expect(error({ rules: { hotjar: ['static.hotjar.com/c'] } })).toBe('autoblock.rules.hotjar')
    expect(error({ rules: { hotjar: '*.hotjar.com' } })).toBe('autoblock.rules.hotjar')
    expect(error({ rules: { hotjar: null } })).toBe('autoblock.rules.hotjar')
    expect(error({ rules: { hotjar: { every: 1 } } })).toBe('autoblock.rules.hotjar')
    expect(error({ rule: {} })).toBe('autoblock.rule')
    const badHost = { ...config(), categories: { analytics: { services: { ga4: { hosts: ['https://x.example'] } } } } }
    expect(() => hostRules(createConsent(badHost), {})).toThrow('categories.analytics.services.ga4.hosts')
  })
})
