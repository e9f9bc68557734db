import { describe, expect, it } from 'vitest'
import type { ServiceInfo } from '../../src/services/types'
import { createClassifier } from '../../src/audit/classify'
import { computeFindings, failsOn } from '../../src/audit/findings'
import { globMatches, hostMatches, siteOf } from '../../src/audit/globs'
import type { RawPhase } from '../../src/audit/phases'
import { classifyPhase, type ClassifiedPhase } from '../../src/audit/report-json'
import { renderHtml } from '../../src/audit/report-html'
import { ConfigError, readSiteConfig } from '../../src/audit/site-config'
import { suggestConfig } from '../../src/audit/suggest'
import type { PhaseName } from '../../src/audit/types'

const entry = (id: string, category: ServiceInfo['category'], fields: Partial<ServiceInfo>): ServiceInfo => ({
  id, name: id.toUpperCase(), vendor: 'v', category, description: 'd', privacyPolicy: 'https://p.test', cookies: [], storage: [], hosts: [], sources: [], ...fields,
})
// A small fixture catalogue, so that these tests do not follow the real one's entries.
const CATALOGUE = [
  entry('stats', 'analytics', { cookies: ['_st', '_st_*'], hosts: ['*.stats.test'] }),
  entry('ads', 'marketing', { cookies: ['_ad'], storage: ['ad_*'], hosts: ['px.ads.test'] }),
  entry('cdn', 'necessary', { hosts: ['cdn.test'] }),
]
const CONFIG = readSiteConfig({ categories: { necessary: { required: true, services: { session: { cookies: ['sid'] } } },
  analytics: { services: { mine: { cookies: ['_st'] } } } } }, 'test')

describe('globs', () => {
  it('cookie and host globs', () => {
    expect(globMatches('_ga_*', '_ga_ABC')).toBe(true)
    expect(globMatches('_ga', '_gat')).toBe(false)
    expect(globMatches('a.b', 'axb')).toBe(false)
    expect(hostMatches('*.example.com', 'example.com')).toBe(true)
    expect(hostMatches('*.example.com', 'a.b.example.com')).toBe(true)
    expect(hostMatches('*.example.com', 'badexample.com')).toBe(false)
  })
  it('the site of a host', () => {
    expect(siteOf('www.shop.example.com')).toBe('example.com')
    expect(siteOf('.shop.co.uk')).toBe('shop.co.uk')
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1')
  })
})

describe('site config', () => {
  it('reads categories, services and the consent cookie name', () => {
    expect(readSiteConfig({ categories: { a: { services: { s: { cookies: ['x'], hosts: ['h.test'], id: 'stats' } } } }, cookie: { name: 'c' } }, 'src')).toEqual({
      categories: [{ name: 'a', required: false }], cookieName: 'c',
      services: [{ name: 's', category: 'a', required: false, cookies: ['x'], storage: [], hosts: ['h.test'], id: 'stats' }],
    })
  })
  it.each([
    [[], 'src: the config must be a JSON object'],
    [{}, 'src: categories must be an object'],
    [{ categories: { a: 1 } }, 'src: categories.a must be an object'],
    [{ categories: { a: { services: [] } } }, 'src: categories.a.services must be an object'],
    [{ categories: { a: { services: { s: { cookies: 'x' } } } } }, 'src: categories.a.services.s.cookies must be an array of strings'],
  ])('%j: %s', (raw, message) => {
    expect(() => readSiteConfig(raw, 'src')).toThrow(ConfigError)
    expect(() => readSiteConfig(raw, 'src')).toThrow(message)
  })
})

describe('classifier', () => {
  const classify = createClassifier(CONFIG, CATALOGUE)
  it('the config first, under its own name and category; its linked catalogue entry lends it hosts', () => {
    expect(classify.cookie('_st')).toMatchObject({ service: 'mine', category: 'analytics', declared: true, needsConsent: true, catalogueId: 'stats' })
    expect(classify.cookie('_st_x')).toMatchObject({ service: 'mine' })
    expect(classify.host('www.stats.test')).toMatchObject({ service: 'mine', category: 'analytics' })
  })
  it('required categories and the consent cookie need no consent', () => {
    expect(classify.cookie('sid')).toMatchObject({ service: 'session', needsConsent: false })
    expect(classify.cookie('assent')).toMatchObject({ service: 'assent', category: 'necessary', needsConsent: false })
    expect(classify.storage('assent:outbox')).toMatchObject({ service: 'assent' })
  })
  it('then the catalogue, undeclared; unknown stays unknown', () => {
    expect(classify.storage('ad_x')).toMatchObject({ service: 'ads', category: 'marketing', declared: false })
    expect(classify.host('cdn.test')).toMatchObject({ service: 'cdn', needsConsent: false })
    expect(classify.cookie('other')).toBeUndefined()
    expect(classify.host('nobody.test')).toBeUndefined()
  })
  it('without a config, the catalogue alone', () => {
    expect(createClassifier(null, CATALOGUE).cookie('_st')).toMatchObject({ service: 'stats', declared: false })
  })
})

// A phase as the browser would have recorded it.
function raw(phase: PhaseName, fields: Partial<RawPhase> = {}): RawPhase {
  return { phase, pages: ['https://site.test/'], banner: { shown: true, tool: 'assent', rejectOnFirstLayer: true, clicked: phase === 'first-visit' || phase === 'gpc' ? undefined : 'x' },
    notes: [], cookies: [], storage: [], requests: [], cookieSetters: new Map(), storageSetters: new Map(), ...fields }
}
const cookie = (name: string, domain = 'site.test', value = '1') =>
  ({ name, value, domain, path: '/', expires: -1, httpOnly: false, secure: false, sameSite: 'Lax' as const, page: 'https://site.test/' })
const request = (url: string, at = 10) => ({ url, type: 'script', page: 'https://site.test/', at, initiator: 'https://site.test/app.js' })

function judge(raws: Partial<Record<PhaseName, RawPhase>>, config = CONFIG) {
  const classifier = createClassifier(config, CATALOGUE)
  const phases: Partial<Record<PhaseName, ClassifiedPhase>> = {}
  for (const [name, phase] of Object.entries(raws) as [PhaseName, RawPhase][]) phases[name] = classifyPhase(phase, classifier, 'site.test')
  return { phases, findings: computeFindings(phases, config) }
}
const codes = (findings: { code: string; phase: string; severity: string }[]) => findings.map((f) => `${f.severity} ${f.code} ${f.phase}`).sort()

describe('findings', () => {
  it('a clean audit has none', () => {
    expect(judge({ 'first-visit': raw('first-visit', { cookies: [cookie('sid')] }) }).findings).toEqual([])
  })
  it('tracking before consent, with the cookie, the request and who set or sent them', () => {
    const { findings } = judge({ 'first-visit': raw('first-visit', { cookies: [cookie('_st')], requests: [request('https://a.stats.test/c.js')],
      cookieSetters: new Map([['_st', { script: 'https://a.stats.test/c.js', at: 1 }]]) }) })
    expect(codes(findings)).toEqual(['error tracking-before-consent first-visit'])
    expect(findings[0].message).toBe('STATS (analytics) set cookie _st, sent 1 request to a.stats.test before the visitor chose anything')
    expect(findings[0].evidence).toEqual([
      { cookie: '_st', host: 'site.test', page: 'https://site.test/', script: 'https://a.stats.test/c.js', service: 'mine' },
      { request: 'https://a.stats.test/c.js', host: 'a.stats.test', page: 'https://site.test/', script: 'https://site.test/app.js', service: 'mine' },
    ])
  })
  it('under an opt-out regime the first visit is judged by that regime', () => {
    const { findings } = judge({ 'first-visit': raw('first-visit', { regime: 'opt-out', cookies: [cookie('_st')] }) })
    expect(codes(findings)).toEqual([])
  })
  it('after reject: only what was set or sent after the decision', () => {
    const reject = raw('reject', {
      decidedAt: 100, jarAtDecision: new Map([['_st|site.test|/', '1'], ['_ad|site.test|/', '1']]),
      cookies: [cookie('_st', 'site.test', '1'), cookie('_ad', 'site.test', '2')], requests: [request('https://px.ads.test/p', 50), request('https://px.ads.test/q', 150)],
    })
    const { findings } = judge({ reject })
    expect(codes(findings)).toEqual(['error tracking-after-reject reject', 'warning undeclared-service reject'])
    const after = findings.find((finding) => finding.code === 'tracking-after-reject')!
    expect(after.evidence.map((item) => item.cookie ?? item.request)).toEqual(['_ad', 'https://px.ads.test/q'])
  })
  it('GPC, withdraw (left behind vs set again), banner findings', () => {
    const { findings } = judge({
      'first-visit': raw('first-visit', { banner: { shown: true, tool: 'assent', rejectOnFirstLayer: false } }),
      gpc: raw('gpc', { cookies: [cookie('_st')] }),
      withdraw: raw('withdraw', { decidedAt: 100, jarAtDecision: new Map([['_st|site.test|/', '1']]), cookies: [cookie('_st'), cookie('_st', '.stats.test')] }),
    })
    expect(codes(findings)).toEqual(['error gpc-not-honored gpc', 'error no-reject-on-first-layer first-visit', 'error tracking-after-reject withdraw',
      'warning not-removed-on-withdraw withdraw'])
  })
  it('no banner: an error when something needs consent, info when nothing does', () => {
    const none = { banner: { shown: false } }
    expect(codes(judge({ 'first-visit': raw('first-visit', none) }).findings)).toEqual(['error no-banner first-visit'])
    expect(codes(judge({ 'first-visit': raw('first-visit', none) }, readSiteConfig({ categories: { necessary: { required: true } } }, 't')).findings))
      .toEqual(['info no-banner first-visit'])
  })
  it('unknown cookies and third-party hosts are info, once each', () => {
    const { findings } = judge({ 'first-visit': raw('first-visit', { cookies: [cookie('zz')], requests: [request('https://x.test/a'), request('https://x.test/b'), request('https://site.test/own')] }) })
    expect(codes(findings)).toEqual(['info unknown-cookie first-visit', 'info unknown-third-party first-visit'])
  })
  it('--fail-on', () => {
    const warning = [{ code: 'x', severity: 'warning' as const, phase: 'gpc' as const, message: '', evidence: [] }]
    expect(failsOn(warning, 'error')).toBe(false)
    expect(failsOn(warning, 'warning')).toBe(true)
    expect(failsOn(warning, 'never')).toBe(false)
  })
})

describe('report.html and --suggest', () => {
  it('site text is escaped, never markup', () => {
    const { phases, findings } = judge({ 'first-visit': raw('first-visit', { cookies: [cookie('<img src=x onerror=alert(1)>')] }) })
    const html = renderHtml({ version: 1, url: 'https://site.test/', startedAt: '', finishedAt: '', tool: { name: 'assent', version: '0' },
      phases: { 'first-visit': phases['first-visit']!.report }, services: [], findings }, {})
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(html).toContain("default-src 'none'")
  })
  it('suggests the catalogue entries found, in their categories', () => {
    const config = suggestConfig([{ service: 'ads', name: 'ADS', category: 'marketing', declared: false, catalogueId: 'ads', phases: ['accept'] },
      { service: 'zz', name: 'zz', category: 'x', declared: true, phases: ['accept'] }], CATALOGUE) as { categories: Record<string, { services?: object }> }
    expect(Object.keys(config.categories)).toEqual(['necessary', 'marketing'])
    expect(config.categories.marketing.services).toEqual({ ads: CATALOGUE[1] })
  })
})

describe('summary', async () => {
  const { formatSummary } = await import('../../src/audit/summary')
  it('findings by severity first, then one row per phase with what was set and sent', () => {
    const { phases, findings } = judge({
      'first-visit': raw('first-visit', { cookies: [cookie('_st'), cookie('zz')], requests: [request('https://a.stats.test/c.js')] }),
      accept: raw('accept', { cookies: [cookie('_st')] }),
    })
    const text = formatSummary({ version: 1, url: 'https://site.test/', startedAt: '', finishedAt: '', tool: { name: 'assent', version: '0' },
      phases: { 'first-visit': phases['first-visit']!.report, accept: phases.accept!.report }, services: [], findings }, 'out')
    const lines = text.split('\n')
    expect(lines).toContain('Findings: 1 errors, 0 warnings, 1 info')
    const error = lines.findIndex((line) => line.startsWith('error'))
    const info = lines.findIndex((line) => line.startsWith('info'))
    expect(lines[error]).toMatch(/^error\s+tracking-before-consent\s+first-visit\s+STATS \(analytics\) set cookie _st/)
    expect(info).toBeGreaterThan(error)
    expect(lines.find((line) => line.startsWith('first-visit'))).toMatch(/^first-visit\s+1\s+shown\s+_st,zz\s+0\s+0\s+1\s+a\.stats\.test$/)
    expect(lines.find((line) => line.startsWith('accept'))).toMatch(/^accept\s+1\s+x\s+_st/)
    expect(text).toContain('Report: out/report.json, out/report.html')
  })
})
