// A site running another consent tool (vanilla-cookieconsent 3.1.0, from npm): `assent audit`
// recognises and clicks its banner through @duckduckgo/autoconsent's rules, in real Chromium.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from './harness'
import { codes, runAudit, startThirdParties, type ThirdParties } from './audit-run'

const dist = dirname(createRequire(import.meta.url).resolve('vanilla-cookieconsent'))
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vanilla-cookieconsent</title>
<link rel="stylesheet" href="/cc/cookieconsent.css"></head><body><h1>A site on vanilla-cookieconsent</h1>
<script type="text/plain" data-category="analytics" data-src="https://www.googletagmanager.com/gtag/js?id=G-CC"></script>
<script src="/cc/cookieconsent.umd.js"></script>
<script>CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'Cookies', description: 'We use cookies.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Preferences' },
    preferencesModal: { title: 'Preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save',
      sections: [{ title: 'Necessary', linkedCategory: 'necessary' }, { title: 'Analytics', linkedCategory: 'analytics' }] },
  } } },
})</script></body></html>`

let site: TestServer
let thirdParties: ThirdParties
beforeAll(async () => {
  site = await startServer({
    '/': { body: PAGE },
    '/cc/cookieconsent.umd.js': { body: readFileSync(join(dist, 'cookieconsent.umd.js')), type: 'text/javascript' },
    '/cc/cookieconsent.css': { body: readFileSync(join(dist, 'cookieconsent.css')), type: 'text/css' },
  })
  thirdParties = await startThirdParties()
})
afterAll(async () => {
  await site?.close()
  await thirdParties?.close()
})

describe('assent audit on another consent tool', () => {
  it('vanilla-cookieconsent: its banner is found, rejected and accepted through autoconsent\'s rules', async () => {
    const run = await runAudit([`${site.url}/`, '--pages', '1'], thirdParties)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const { phases } = run.report!
    expect(phases['first-visit']!.banner).toMatchObject({ shown: true, tool: 'cookieconsent3' })
    expect(phases.reject!.banner).toMatchObject({ shown: true, tool: 'cookieconsent3', clicked: 'optOut (autoconsent rule cookieconsent3)' })
    expect(phases.accept!.banner).toMatchObject({ shown: true, tool: 'cookieconsent3', clicked: 'optIn (autoconsent rule cookieconsent3)' })
    // The tool's own cookie holds each choice; analytics ran after accept only.
    const names = (phase: 'reject' | 'accept') => phases[phase]!.cookies.map((cookie) => cookie.name).sort()
    expect(names('reject')).toEqual(['cc_cookie'])
    expect(names('accept')).toEqual(['_ga', '_ga_CC', 'cc_cookie'])
    expect(phases.accept!.cookies.find((cookie) => cookie.name === '_ga')).toMatchObject({ service: 'google-analytics', category: 'analytics' })
    expect(phases.withdraw!.notes.join('\n')).toMatch(/withdrawing is not automated for cookieconsent3/)
    expect(codes(run.report)).toEqual([])
    expect(run.code).toBe(0)
  }, 180_000)
})
