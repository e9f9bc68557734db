// Regimes on the server (SPEC sections 6 and 10): `regime` accepted, validated, stored and
// exported; stats broken down by regime model and region; regionFromHeaders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { regionFromHeaders } from '../../src/server/index'
import { makeRecord, startApi, STORE_KINDS, type TestApi } from './fixtures'

const TOKEN = 'test-admin-token-0123456789'

describe.each(STORE_KINDS)('regime in records on %s', (kind) => {
  let api: TestApi
  beforeAll(async () => {
    api = await startApi(kind, { adminToken: TOKEN })
  })
  afterAll(async () => api?.close())

  it('stores a record with a regime and gives it back, in the subject and in the export', async () => {
    const record = makeRecord({ action: 'notice', regime: { region: 'US-CA', model: 'opt-out' } })
    expect((await api.post(record)).status).toBe(201)
    const listed = await (await fetch(`${api.url}/subjects/${record.subject}`)).json()
    expect(listed.records[0]).toMatchObject({ action: 'notice', regime: { region: 'US-CA', model: 'opt-out' } })
    const exported = await (await fetch(`${api.url}/subjects/${record.subject}/export`)).json()
    expect(exported.records[0].regime).toEqual({ region: 'US-CA', model: 'opt-out' })
    expect(exported.events[0]).toMatchObject({ eventState: 'assent:NoticeDismissed', regime: { region: 'US-CA', model: 'opt-out' } })
  })

  it('keeps taking records without a regime (protocol v1 as before) and with an unknown region', async () => {
    expect((await api.post(makeRecord())).status).toBe(201)
    expect((await api.post(makeRecord({ regime: { region: null, model: 'opt-in' } }))).status).toBe(201)
  })

  const bad: Array<[string, unknown, string]> = [
    ['a string', 'opt-in', 'regime'],
    ['an unknown key', { region: 'DE', model: 'opt-in', law: 'GDPR' }, 'regime.law'],
    ['a lower-case region', { region: 'us-ca', model: 'opt-out' }, 'regime.region'],
    ['a region name', { region: 'California', model: 'opt-out' }, 'regime.region'],
    ['a missing region', { model: 'opt-out' }, 'regime.region'],
    ['an unknown model', { region: 'DE', model: 'opt-maybe' }, 'regime.model'],
    ['a missing model', { region: 'DE' }, 'regime.model'],
  ]
  it.each(bad)('refuses a regime that is %s with a 400 naming %s', async (_, regime, field) => {
    const response = await api.post({ ...makeRecord(), regime })
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatchObject({ code: 'invalid', field })
  })

  it('refuses an unknown action still, and takes notice', async () => {
    const response = await api.post(makeRecord({ action: 'dismiss' as never }))
    expect((await response.json()).error.field).toBe('action')
  })

  it('breaks stats down by regime model and region; records without a regime count in total only', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const stats = async () => {
      const body = await (await fetch(`${api.url}/stats?from=${today}&to=${today}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()
      return body.days.find((d: { day: string }) => d.day === today)
    }
    const before = await stats()
    const count = (day: any, model: string, region: string) => day?.regimes?.[model]?.[region] ?? 0
    await api.post(makeRecord({ regime: { region: 'DE', model: 'opt-in' } }))
    await api.post(makeRecord({ regime: { region: 'DE', model: 'opt-in' } }))
    await api.post(makeRecord({ action: 'notice', regime: { region: 'US-CA', model: 'opt-out' } }))
    await api.post(makeRecord({ regime: { region: null, model: 'opt-in' } }))
    await api.post(makeRecord())
    const after = await stats()
    expect(count(after, 'opt-in', 'DE')).toBe(count(before, 'opt-in', 'DE') + 2)
    expect(count(after, 'opt-out', 'US-CA')).toBe(count(before, 'opt-out', 'US-CA') + 1)
    expect(count(after, 'opt-in', 'unknown')).toBe(count(before, 'opt-in', 'unknown') + 1)
    expect(after.total).toBe((before?.total ?? 0) + 5)
    expect(after.actions.notice).toBe((before?.actions.notice ?? 0) + 1)
  })
})

describe('regionFromHeaders', () => {
  const web = (entries: Record<string, string>) => new Headers(entries)
  const cases: Array<[string, Record<string, string>, string[], string | null]> = [
    ['Cloudflare country', { 'CF-IPCountry': 'DE' }, ['cloudflare'], 'DE'],
    ['Cloudflare with visitor location headers', { 'CF-IPCountry': 'US', 'CF-Region-Code': 'CA' }, ['cloudflare'], 'US-CA'],
    ['Cloudflare unknown (XX)', { 'CF-IPCountry': 'XX' }, ['cloudflare'], null],
    ['Cloudflare Tor (T1)', { 'CF-IPCountry': 'T1' }, ['cloudflare'], null],
    ['Vercel', { 'X-Vercel-IP-Country': 'US', 'X-Vercel-IP-Country-Region': 'TX' }, ['vercel'], 'US-TX'],
    ['CloudFront', { 'CloudFront-Viewer-Country': 'CA', 'CloudFront-Viewer-Country-Region': 'QC' }, ['cloudfront'], 'CA-QC'],
    ['Fastly (headers set in VCL)', { 'Fastly-Geo-Country': 'GB', 'Fastly-Geo-Region': 'ENG' }, ['fastly'], 'GB-ENG'],
    ['X-Country / X-Region, lower case, full subdivision', { 'X-Country': 'us', 'X-Region': 'US-co' }, ['x-country'], 'US-CO'],
    ['a bad subdivision is dropped', { 'X-Country': 'US', 'X-Region': 'California' }, ['x-country'], 'US'],
    ['a bad country is none', { 'X-Country': 'USA', 'X-Region': 'CA' }, ['x-country'], null],
    ['an untrusted source is not read', { 'CF-IPCountry': 'US', 'X-Country': 'DE' }, ['x-country'], 'DE'],
    ['nothing trusted, nothing read', { 'CF-IPCountry': 'US' }, [], null],
    ['the first trusted source with a country wins', { 'CF-IPCountry': 'XX', 'X-Vercel-IP-Country': 'FR' }, ['cloudflare', 'vercel'], 'FR'],
    ['no header', {}, ['cloudflare', 'vercel', 'cloudfront', 'fastly', 'netlify', 'x-country'], null],
  ]
  it.each(cases)('%s', (_, headers, trust, expected) => {
    expect(regionFromHeaders(web(headers), { trust: trust as never })).toBe(expected)
    // The same from Node's IncomingHttpHeaders (lower-case names).
    const node = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
    expect(regionFromHeaders(node, { trust: trust as never })).toBe(expected)
  })

  it('reads Netlify X-NF-Geo, base64 JSON or plain JSON, and ignores garbage', () => {
    const geo = JSON.stringify({ city: 'Sacramento', country: { code: 'US', name: 'United States' }, subdivision: { code: 'CA', name: 'California' } })
    expect(regionFromHeaders(web({ 'X-NF-Geo': Buffer.from(geo).toString('base64') }), { trust: ['netlify'] })).toBe('US-CA')
    expect(regionFromHeaders({ 'x-nf-geo': geo }, { trust: ['netlify'] })).toBe('US-CA')
    expect(regionFromHeaders(web({ 'X-NF-Geo': '%%%' }), { trust: ['netlify'] })).toBe(null)
    expect(regionFromHeaders(web({ 'X-NF-Geo': Buffer.from('{"country":{"code":7}}').toString('base64') }), { trust: ['netlify'] })).toBe(null)
  })

  it('takes the first of repeated Node headers', () => {
    expect(regionFromHeaders({ 'x-country': ['NO', 'US'] }, { trust: ['x-country'] })).toBe('NO')
  })

  it('refuses a missing or unknown trust list, naming it', () => {
    expect(() => regionFromHeaders(web({}), undefined as never)).toThrow(/options\.trust/)
    expect(() => regionFromHeaders(web({}), { trust: ['akamai' as never] })).toThrow(/akamai/)
  })
})
