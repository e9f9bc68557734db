// `assent audit` on the project's own examples (the `npm start` demo), in real Chromium: no
// error, and what each phase sets and sends is attributed to the config's services.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestDemo, type Demo } from './demo'
import { codes, runAudit, startThirdParties, type ThirdParties } from './audit-run'

let demo: Demo
let thirdParties: ThirdParties
beforeAll(async () => {
  demo = await startTestDemo()
  thirdParties = await startThirdParties()
})
afterAll(async () => {
  await demo?.close()
  await thirdParties?.close()
})

describe('assent audit on the examples', () => {
  it('script-tag example: no error, banner in every phase but gpc, trackers only after accept, declared', async () => {
    const run = await runAudit([`${demo.url}/script-tag/`, '--pages', '2', '--suggest'], thirdParties)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.code, run.stderr).toBe(0)
    const report = run.report!
    expect(codes(report, 'error')).toEqual([])
    expect(codes(report, 'warning')).toEqual([])
    expect(report.phases['first-visit']!.banner).toMatchObject({ shown: true, tool: 'assent', rejectOnFirstLayer: true })
    expect(report.phases.reject!.banner.clicked).toBe('reject-all')
    expect(report.phases.gpc!.banner.shown).toBe(false)
    expect(report.phases['first-visit']!.requests.filter((request) => request.thirdParty)).toEqual([])
    expect(report.phases.reject!.requests.filter((request) => request.thirdParty)).toEqual([])
    expect(report.phases.gpc!.cookies.map((cookie) => cookie.name)).toEqual(['assent'])
    const accept = report.phases.accept!
    expect(accept.cookies).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: '_ga', service: 'ga4', category: 'analytics', thirdParty: false }),
      expect.objectContaining({ name: '_fbp', service: 'facebook', category: 'marketing' }),
      expect.objectContaining({ name: 'assent', service: 'assent', category: 'necessary' }),
    ]))
    // The request list keeps the real host names, attributed through the catalogue entries.
    expect(accept.requests).toEqual(expect.arrayContaining([
      expect.objectContaining({ host: 'www.googletagmanager.com', service: 'ga4', category: 'analytics', thirdParty: true, type: 'script' }),
      expect.objectContaining({ host: 'connect.facebook.net', service: 'facebook', category: 'marketing' }),
    ]))
    // The script that set _ga: the stand-in served as gtag.js.
    expect(accept.cookies.find((cookie) => cookie.name === '_ga')!.setBy).toMatch(/^https:\/\/www\.googletagmanager\.com\/gtag\/js/)
    expect(report.phases.withdraw!.banner.clicked).toBe('accept-all, then [data-assent-open] > reject-all')
    expect(report.phases.withdraw!.cookies.map((cookie) => cookie.name)).toEqual(['assent'])
    expect(run.stdout).toMatch(/Findings: 0 errors, 0 warnings/)
    expect(run.html).toContain('data:image/jpeg;base64,')
    // --suggest writes the catalogue entries of what it found, as script-tag JSON.
    const suggested = JSON.parse(run.stdout.slice(run.stdout.indexOf('{', run.stdout.indexOf('Suggested assent config'))))
    expect(suggested.categories.analytics.services['google-analytics']).toMatchObject({ id: 'google-analytics', cookies: expect.arrayContaining(['_ga']) })
    expect(suggested.categories.marketing.services['meta-pixel']).toMatchObject({ id: 'meta-pixel' })
  }, 180_000)

  it('pixelant example: no error', async () => {
    const run = await runAudit([`${demo.url}/pixelant/`, '--pages', '2'], thirdParties)
    expect(run.code, run.stderr).toBe(0)
    expect(codes(run.report, 'error')).toEqual([])
    const accept = run.report!.phases.accept!
    expect(accept.cookies).toEqual(expect.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/^tidio_state_/), service: 'tidio', category: 'functional' })]))
    expect(accept.cookies).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'px_usage', service: 'usage', category: 'analytics' })]))
    // The config names no hosts for tidio and the catalogue has no entry: its host is unknown (info).
    expect(accept.requests).toEqual(expect.arrayContaining([expect.objectContaining({ host: 'code.tidio.co', thirdParty: true })]))
    expect(codes(run.report, 'info')).toContain('unknown-third-party accept')
    expect(run.report!.phases.withdraw!.cookies.filter((cookie) => cookie.category && cookie.category !== 'necessary')).toEqual([])
  }, 180_000)
})
