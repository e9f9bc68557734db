// The site owner's dashboard (SPEC.md section 15) in Chromium, against the real `assent-server`
// CLI on SQLite and on PostgreSQL, seeded with records over 90 days: sign-in, each view's
// figures against what the records say, look-up, export, erasure, health, CSRF, logs, axe, CSP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { startCli, type RunningCli } from '../server/cli-process'
import { makeRecord, STORE_KINDS } from '../server/fixtures'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import {
  axeOnPage, expectedFigures, figuresOf, makeSeeds, nonEmpty, seededDatabase, signIn, tableRows, toNumber, TOKEN, watchCsp,
} from './dashboard-pages'

const DAY = 86_400_000
const HOUR = 3_600_000
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

let browser: TestBrowser
let attacker: TestServer
beforeAll(async () => {
  browser = await launch()
  attacker = await startServer()
})
afterAll(async () => {
  await browser?.close()
  await attacker?.close()
})

describe.each(STORE_KINDS)('dashboard on %s', (kind) => {
  const now = Date.now()
  // The seeded records stop two hours ago: the banner "broke".
  const { records, subject } = makeSeeds(now, 120)
  const dir = mkdtempSync(join(tmpdir(), 'assent-dashboard-'))
  let cli: RunningCli
  let origin: string
  let drop = async () => {}
  let context: BrowserContext
  let page: Page
  let csp: () => Promise<string[]>
  const visited: string[] = []

  beforeAll(async () => {
    const database = await seededDatabase(kind, dir, records)
    drop = database.drop
    cli = await startCli(['--port', '0', '--db', database.db, '--admin-token', TOKEN, '--stale-after-minutes', '60'])
    origin = new URL(cli.url).origin
    context = await browser.newContext()
    page = await context.newPage()
    csp = await watchCsp(page)
    page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(frame.url()))
  })
  afterAll(async () => {
    await context?.close()
    cli?.child.kill('SIGTERM')
    await drop()
    rmSync(dir, { recursive: true, force: true })
  })

  /** After each view: the page ran under its CSP with nothing blocked, and axe finds nothing. */
  async function checkPage(): Promise<void> {
    await page.waitForLoadState('load')
    expect(await csp()).toEqual([])
    expect(await axeOnPage(page)).toEqual([])
  }

  it('sends a visitor without a session to the sign-in form; a wrong token is refused, the right one signs in', async () => {
    const answer = await page.goto(`${origin}/dashboard?period=90`)
    expect(new URL(page.url()).pathname).toBe('/dashboard/sign-in')
    expect(answer!.status()).toBe(200)
    await checkPage()
    await signIn(page, origin, 'not-the-token-but-long-enough')
    await expect(page.locator('[role=alert]').textContent()).resolves.toMatch(/not the admin token/)
    await checkPage()
    await signIn(page, origin)
    expect(new URL(page.url()).pathname).toBe('/dashboard')
    await expect(page.locator('h1').textContent()).resolves.toBe('Overview')
    const cookie = (await context.cookies()).find((c) => c.name === 'assent_dashboard')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/dashboard' })
    // The stylesheet applied (served as a file, allowed by style-src 'self').
    await expect(page.locator('header.top').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('flex')
  })

  it('shows the 90-day overview with the figures the records say, in charts and tables', async () => {
    await page.goto(`${origin}/dashboard?period=90`)
    const from = isoDay(now - 89 * DAY)
    const to = isoDay(now)
    const want = expectedFigures(records, from, to)
    const dayRows = await tableRows(page, 'Decisions per day by action')
    const head = await page.evaluate(() => [...document.querySelector('table thead tr')!.children].map((c) => c.textContent))
    expect(dayRows).toHaveLength(90)
    const perDay: Record<string, Record<string, number>> = {}
    for (const row of dayRows) {
      const counts = Object.fromEntries(head.slice(1, -1).map((action, i) => [action, toNumber(row[i + 1])]).filter(([, n]) => n !== 0))
      if (Object.keys(counts).length) perDay[row[0]] = counts
      expect(toNumber(row.at(-1)!)).toBe((Object.values(counts) as number[]).reduce((a, b) => a + b, 0))
    }
    expect(perDay).toEqual(want.perDay)
    expect(await figuresOf(page, 'Grants by category')).toEqual(want.category)
    expect(await figuresOf(page, 'Grants by service')).toEqual(want.service)
    expect(nonEmpty(await figuresOf(page, 'Refusals by browser signal', [1, 3]))).toEqual(want.signal)
    expect(await figuresOf(page, 'Refusals by language')).toEqual(want.language)
    expect(await figuresOf(page, 'Refusals by policy version')).toEqual(want.policy)
    expect(await figuresOf(page, 'Refusals by regime')).toEqual(want.regime)
    expect(await figuresOf(page, 'Refusals by region')).toEqual(want.region)
    await expect(page.locator('.summary dd').first().textContent()).resolves.toBe(want.total.toLocaleString('en-US'))
    // The charts are SVG with a name and a description, one bar segment per day and action.
    const chart = page.locator('svg[aria-labelledby="per-day-t per-day-d"]')
    await expect(chart.locator('title').first().textContent()).resolves.toBe('Decisions per day, stacked by action')
    const segments = Object.values(want.perDay).reduce((n, day) => n + Object.keys(day).length, 0)
    await expect(chart.locator('rect').count()).resolves.toBe(segments)
    await checkPage()
  })

  it('shows a 7-day period and a from/to period with their own figures, and the CSV of the same numbers', async () => {
    await page.click('nav.periods a:text-is("7 days")')
    await page.waitForURL(/period=7$/)
    const week = expectedFigures(records, isoDay(now - 6 * DAY), isoDay(now))
    expect(await figuresOf(page, 'Grants by category')).toEqual(week.category)
    await checkPage()
    const from = isoDay(now - 40 * DAY)
    const to = isoDay(now - 20 * DAY)
    await page.fill('#from', from)
    await page.fill('#to', to)
    await page.click('nav.periods button')
    await page.waitForURL(/from=/)
    expect(new URL(page.url()).search).toBe(`?from=${from}&to=${to}`)
    const span = expectedFigures(records, from, to)
    expect(await tableRows(page, 'Decisions per day by action')).toHaveLength(21)
    expect(await figuresOf(page, 'Refusals by language')).toEqual(span.language)
    const csv = await page.request.get(`${origin}/dashboard/overview.csv?from=${from}&to=${to}`)
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/)
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toBe('day,dimension,key,records,granted,refused')
    const fromCsv: Record<string, [number, number]> = {}
    for (const line of lines.slice(1)) {
      const [, dimension, key, n, granted] = line.split(',')
      if (dimension !== 'category') continue
      const cell = (fromCsv[key] ??= [0, 0])
      cell[0] += Number(n)
      cell[1] += Number(granted)
    }
    expect(fromCsv).toEqual(span.category)
  })

  it('answers 400 naming the parameter for bad query values', async () => {
    for (const [query, name] of [['period=8', 'period'], ['from=2026-02-30', 'from'], ['to=yesterday', 'to'], [`from=${isoDay(now)}&to=${isoDay(now - DAY)}`, 'from'], ['period=7&from=2026-01-01', 'period']]) {
      const answer = await page.goto(`${origin}/dashboard?${query}`)
      expect(answer!.status(), query).toBe(400)
      await expect(page.locator('main p.error').textContent()).resolves.toContain(`"${name}"`)
    }
    await checkPage()
    const csv = await page.request.get(`${origin}/dashboard/overview.csv?period=31`)
    expect(csv.status()).toBe(400)
    expect((await csv.json()).error.field).toBe('period')
  })

  it('looks a subject up (records newest first), exports the API document, and erases it after a confirmation', async () => {
    await page.click('nav a:text-is("Subject look-up")')
    await page.locator('h1:text-is("Subject look-up")').waitFor()
    await checkPage()
    await page.fill('#id', 'not-a-uuid-but-36-characters-long-xx')
    await page.click('form button.primary')
    await expect(page.locator('#id-error').textContent()).resolves.toMatch(/id must be a subject id/)
    await checkPage()
    await page.fill('#id', subject)
    await page.click('form button.primary')
    await page.locator('article.record').first().waitFor()
    const mine = records.filter((r) => r.subject === subject).sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1))
    expect(mine).toHaveLength(3)
    await expect(page.locator('article.record').evaluateAll((els) => els.map((el) => el.getAttribute('data-record')))).resolves.toEqual(mine.map((r) => r.id))
    // Nothing about the subject in the address bar (and so in no access log).
    expect(visited.every((url) => !url.includes(subject))).toBe(true)
    await checkPage()
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text-is("Export (JSON)")')])
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    const api = await (await fetch(`${cli.url}/subjects/${subject}/export`)).json()
    expect({ ...exported, exportedAt: null }).toEqual({ ...api, exportedAt: null })
    expect(exported.records.map((r: { id: string }) => r.id)).toEqual(mine.map((r) => r.id))
    await page.click('button:text-is("Erase this subject…")')
    await page.locator('h1:text-is("Erase this subject?")').waitFor()
    await checkPage()
    // Not yet erased: the confirmation is a step of its own.
    expect((await fetch(`${cli.url}/subjects/${subject}`)).status).toBe(200)
    await page.click('button:text-is("Erase 3 records")')
    await expect(page.locator('[data-erased]').getAttribute('data-erased')).resolves.toBe('3')
    expect((await fetch(`${cli.url}/subjects/${subject}`)).status).toBe(404)
    await checkPage()
  })

  it('refuses a form posted from another origin, even with the session cookie and the form token', async () => {
    const victim = records[100].subject
    await page.goto(`${origin}/dashboard/subject`)
    const csrf = await page.locator('input[name=csrf]').first().inputValue()
    attacker.route('/evil', {
      body: `<!doctype html><html lang="en"><title>x</title><form method="post" action="${origin}/dashboard/subject/erase">
        <input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="id" value="${victim}"><input type="hidden" name="confirm" value="yes">
        <button>Win a prize</button></form></html>`,
    })
    await page.goto(`${attacker.url}/evil`)
    const [answer] = await Promise.all([page.waitForResponse(`${origin}/dashboard/subject/erase`), page.click('button')])
    expect(answer.status()).toBe(403)
    expect(await answer.text()).toContain('the Origin header did not match')
    expect((await fetch(`${cli.url}/subjects/${victim}`)).status).toBe(200)
    // Same origin but without the form token: refused too.
    const forged = await fetch(`${origin}/dashboard/subject/erase`, {
      method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded', cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
      body: new URLSearchParams({ id: victim, confirm: 'yes' }),
    })
    expect(forged.status).toBe(403)
    expect(await forged.text()).toContain('The form expired or came from elsewhere')
    expect((await fetch(`${cli.url}/subjects/${victim}`)).status).toBe(200)
  })

  it('reaches no dashboard page or data without a session or the token', async () => {
    for (const path of ['', '/health', '/subject']) {
      const answer = await fetch(`${origin}/dashboard${path}`, { redirect: 'manual' })
      expect(answer.status, path).toBe(303)
      expect(answer.headers.get('location')).toBe('/dashboard/sign-in')
    }
    for (const path of ['/overview.csv', '/health.json']) expect((await fetch(`${origin}/dashboard${path}`)).status, path).toBe(401)
    expect((await fetch(`${origin}/dashboard/health.json`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401)
    expect((await fetch(`${origin}/dashboard/health.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200)
    for (const path of ['/subject', '/subject/export', '/subject/erase', '/sign-out']) {
      const answer = await fetch(`${origin}/dashboard${path}`, { method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: `id=${records[100].subject}&confirm=yes` })
      expect(answer.status, path).toBe(403)
    }
    expect((await fetch(`${cli.url}/subjects/${records[100].subject}`)).status).toBe(200)
  })

  it('warns on every page while records have stopped, and stops warning once they resume', async () => {
    await page.goto(`${origin}/dashboard/health`)
    const before = Date.now()
    await expect(page.locator('.warning[data-health=stale]').isVisible()).resolves.toBe(true)
    const newest = records.filter((r) => r.subject !== subject).map((r) => r.receivedAt).sort().at(-1)!
    expect(Date.now() - Date.parse(newest)).toBeGreaterThan(2 * HOUR)
    await expect(page.locator('.warning').textContent()).resolves.toMatch(new RegExp(`No consent records for over 60 minutes.*The last record arrived \\d+ hours ago \\(${newest.replace(/\./g, '\\.')}\\)`, 's'))
    const after = Date.now()
    const weekBefore = (t: number) => records.filter((r) => Date.parse(r.receivedAt) >= t - 7 * DAY - HOUR && Date.parse(r.receivedAt) < t - 7 * DAY && r.subject !== subject).length
    expect([weekBefore(before), weekBefore(after)]).toContain(toNumber((await page.locator('[data-figure=week-before]').textContent())!))
    await expect(page.locator('[data-figure=last-hour]').textContent()).resolves.toBe('0')
    await checkPage()
    await page.goto(`${origin}/dashboard?period=7`)
    await expect(page.locator('.warning[data-health=stale]').isVisible()).resolves.toBe(true)
    // A visitor decides again: the banner works.
    const posted = await fetch(`${cli.url}/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(makeRecord()) })
    expect(posted.status).toBe(201)
    await page.goto(`${origin}/dashboard/health`)
    await expect(page.locator('.warning').count()).resolves.toBe(0)
    await expect(page.locator('[data-health=ok]').textContent()).resolves.toBe('Records are arriving.')
    await expect(page.locator('[data-figure=last-hour]').textContent()).resolves.toBe('1')
    await checkPage()
  })

  it('works by keyboard, without JavaScript, and fits a phone screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false })
    const tab = await phone.newPage()
    await signIn(tab, origin)
    await tab.goto(`${origin}/dashboard?period=90`)
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await tab.keyboard.press('Tab')
    await expect(tab.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content')
    await tab.keyboard.press('Enter')
    expect(new URL(tab.url()).hash).toBe('#main')
    // Signed in and the charts drawn with no script: the subject look-up by keyboard too.
    await expect(tab.locator('svg.chart').count()).resolves.toBeGreaterThan(5)
    await tab.goto(`${origin}/dashboard/subject`)
    await tab.locator('#id').focus()
    await tab.keyboard.type(records[100].subject)
    await Promise.all([tab.waitForResponse(`${origin}/dashboard/subject`), tab.keyboard.press('Enter')])
    await tab.locator('article.record').first().waitFor()
    await expect(tab.locator('article.record').count()).resolves.toBe(1)
    await phone.close()
  })

  it('has no axe violation in dark mode either', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' })
    const tab = await dark.newPage()
    await signIn(tab, origin)
    for (const path of ['?period=90', '/health', '/subject']) {
      await tab.goto(`${origin}/dashboard${path}`)
      expect(await axeOnPage(tab), path).toEqual([])
    }
    await dark.close()
  })

  it('signs out: the session cookie is gone and reusing its value is refused', async () => {
    const old = (await context.cookies()).find((c) => c.name === 'assent_dashboard')!.value
    await page.goto(`${origin}/dashboard`)
    await page.click('button:text-is("Sign out")')
    await page.waitForURL(/sign-in/)
    expect(new URL(page.url()).pathname).toBe('/dashboard/sign-in')
    await expect(page.locator('[role=status]').textContent()).resolves.toBe('You are signed out.')
    await checkPage()
    expect((await context.cookies()).find((c) => c.name === 'assent_dashboard')).toBeUndefined()
    const reused = await fetch(`${origin}/dashboard`, { redirect: 'manual', headers: { cookie: `assent_dashboard=${old}` } })
    expect(reused.status).toBe(303)
  })

  it('never writes the admin token or a subject id to its output', async () => {
    const output = cli.output()
    expect(output).toContain('listening on http://')
    expect(output).not.toContain(TOKEN)
    expect(output).not.toContain(subject)
    expect(output).not.toContain(records[100].subject)
  })
})

describe('dashboard sessions', () => {
  it('expire: after the session time the dashboard asks to sign in again, and sign-in attempts are limited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-dashboard-'))
    const cli = await startCli(['--port', '0', '--db', join(dir, 'c.db'), '--admin-token', TOKEN, '--session-minutes', '0.05'])
    const origin = new URL(cli.url).origin
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await signIn(page, origin)
      await expect(page.locator('h1').textContent()).resolves.toBe('Overview')
      await new Promise((r) => setTimeout(r, 3_500))
      await page.goto(`${origin}/dashboard/health`)
      expect(new URL(page.url()).pathname).toBe('/dashboard/sign-in')
      await expect(page.locator('[role=status]').textContent()).resolves.toBe('Your session expired. Sign in again.')
      // 10 attempts a minute per address (this test made one).
      const statuses: number[] = []
      for (let i = 0; i < 10; i++) {
        const answer = await fetch(`${origin}/dashboard/sign-in`, { method: 'POST', redirect: 'manual', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=guess-guess-guess-guess' })
        statuses.push(answer.status)
        if (answer.status === 429) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
      }
      expect(statuses).toEqual([...Array(9).fill(401), 429])
    } finally {
      await context.close()
      cli.child.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
