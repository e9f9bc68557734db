// The dashboard as createHandler mounts it, through the Web handler (no browser): where it is
// served and when not, its options checked up front, the CLI's flags, the CSV's cells, and the
// session cookie's Secure flag behind a TLS proxy.
import { describe, expect, it } from 'vitest'
import { createHandler, type ConsentStore } from '../../src/server/index'
import { overviewCsv } from '../../src/server/dashboard/overview-csv'
import { parseCliArgs, UsageError } from '../../src/server/cli-args'
import { openTestStore } from './fixtures'

const TOKEN = 'handler-test-token-0123456789'

async function withStore(run: (store: ConsentStore) => Promise<void>): Promise<void> {
  const handle = await openTestStore('sqlite')
  try {
    await run(handle.store)
  } finally {
    await handle.dispose()
  }
}

describe('createHandler and the dashboard', () => {
  it('serves it at {basePath}/dashboard with an admin token, and not without one or with dashboard: false', () => withStore(async (store) => {
    const on = createHandler({ store, basePath: '/consent/v1', adminToken: TOKEN })
    const signIn = await on(new Request('http://site.test/consent/v1/dashboard/sign-in'))
    expect(signIn.status).toBe(200)
    expect(signIn.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'self'/)
    expect(await signIn.text()).toContain('action="/consent/v1/dashboard/sign-in"')
    expect((await on(new Request('http://site.test/consent/v1/dashboard/dashboard.css'))).headers.get('content-type')).toMatch(/^text\/css/)
    expect((await createHandler({ store, basePath: '/consent/v1' })(new Request('http://site.test/consent/v1/dashboard/sign-in'))).status).toBe(404)
    expect((await createHandler({ store, adminToken: TOKEN, dashboard: false })(new Request('http://site.test/dashboard/sign-in'))).status).toBe(404)
  }))

  it('signs in behind a TLS proxy with a Secure cookie, and refuses a POST with another Origin', () => withStore(async (store) => {
    const handler = createHandler({ store, adminToken: TOKEN, trustProxy: true, dashboard: { path: '/admin' } })
    const post = (origin: string) => handler(new Request('http://internal:8787/admin/sign-in', {
      method: 'POST', body: `token=${TOKEN}`,
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'consent.example.com' },
    }), { remoteAddress: '192.0.2.1' })
    const ok = await post('https://consent.example.com')
    expect(ok.status).toBe(303)
    expect(ok.headers.get('set-cookie')).toMatch(/^assent_dashboard=\d+\.[\w-]+\.[\w-]+; Path=\/admin; HttpOnly; SameSite=Strict; Secure$/)
    expect((await post('https://evil.example')).status).toBe(403)
    expect((await post('null')).status).toBe(403)
  }))

  it('checks its options and names the field', () => withStore(async (store) => {
    expect(() => createHandler({ store, adminToken: TOKEN, dashboard: { path: 'dashboard' } })).toThrow(/dashboard\.path/)
    expect(() => createHandler({ store, adminToken: TOKEN, dashboard: { staleAfterMinutes: 0 } })).toThrow(/dashboard\.staleAfterMinutes/)
    expect(() => createHandler({ store, adminToken: TOKEN, dashboard: { sessionMinutes: -1 } })).toThrow(/dashboard\.sessionMinutes/)
    expect(() => createHandler({ store, adminToken: TOKEN, dashboard: { signInPerMinute: 1.5 } })).toThrow(/dashboard\.signInPerMinute/)
  }))
})

describe('the CLI flags of the dashboard', () => {
  it('takes minutes with fractions and refuses anything else, naming the flag', () => {
    const options = parseCliArgs(['--stale-after-minutes', '15', '--session-minutes', '0.5'], {})
    expect(options).toMatchObject({ staleAfterMinutes: 15, sessionMinutes: 0.5, dashboard: true })
    expect(parseCliArgs(['--no-dashboard'], {}).dashboard).toBe(false)
    for (const [flag, value] of [['--stale-after-minutes', '0'], ['--stale-after-minutes', 'soon'], ['--session-minutes', '20000'], ['--session-minutes', '-1']]) {
      expect(() => parseCliArgs([flag, value], {}), `${flag} ${value}`).toThrow(UsageError)
      try {
        parseCliArgs([flag, value], {})
      } catch (error) {
        expect((error as Error).message).toContain(flag)
      }
    }
  })
})

describe('the overview CSV', () => {
  it('quotes separators and defuses cells a spreadsheet would run as a formula', () => {
    const csv = overviewCsv([
      { day: '2026-11-01', dimension: 'policy', key: '=HYPERLINK("x")', records: 3, hits: 1 },
      { day: '2026-11-01', dimension: 'category', key: 'analytics', records: 3, hits: 2 },
      { day: '2026-11-01', dimension: 'language', key: 'en,de', records: 1, hits: 0 },
    ]).split('\r\n')
    expect(csv).toEqual([
      'day,dimension,key,records,granted,refused',
      '2026-11-01,category,analytics,3,2,',
      '2026-11-01,language,"en,de",1,,0',
      `2026-11-01,policy,"'=HYPERLINK(""x"")",3,,1`,
      '',
    ])
  })
})
