// The script-tag example as a visitor uses it, in real Chromium against the `npm start` demo.
import { describe, expect, it } from 'vitest'
import { COOKIE_STORE } from './harness'
import { standInsRan } from './stand-ins'
import { banner, bannerButton, cookieNames, eventually, preferences, preferencesButton, subjectOf, useDemoVisitor } from './demo'

const visitor = useDemoVisitor()

const open = () => visitor.page.goto(`${visitor.demo.url}/script-tag/`)

describe('examples/script-tag', () => {
  it('the demo serves the bundle and its debug twin, which explains config errors', async () => {
    const served = await (await fetch(`${visitor.demo.url}/assent.js`)).text()
    const debug = await fetch(`${visitor.demo.url}/assent.debug.js`)
    expect(debug.headers.get('content-type')).toContain('javascript')
    const text = await debug.text()
    expect([served.includes('assent.debug.js says why'), text.includes('must be one of')]).toEqual([true, true])
    expect((await fetch(`${visitor.demo.url}/assent.debugx.js`)).status).toBe(404)
  })

  it('first visit: banner shown, nothing non-essential ran or set a cookie, video behind a placeholder', async () => {
    await open()
    await expect(banner(visitor.page).isVisible()).resolves.toBe(true)
    expect(await standInsRan(visitor.page)).toEqual([])
    expect(await cookieNames(visitor.page)).toEqual([])
    expect(await visitor.page.locator('iframe[data-assent]').getAttribute('src')).toBeNull()
    expect(await visitor.page.evaluate(() => localStorage.length)).toBe(0)
  })

  it('accept all runs the tags, loads the video, records the decision on the server; a reload keeps it', async () => {
    await open()
    await bannerButton(visitor.page, 'accept-all').click()
    await visitor.page.waitForFunction(() => ((window as any).__standIns ?? []).length === 2)
    expect(await standInsRan(visitor.page)).toEqual(['facebook', 'gtag'])
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toEqual(expect.arrayContaining(['_fbp', '_ga', '_ga_DEMO123', 'assent']))
    await visitor.page.waitForFunction(() => document.querySelector('iframe[data-assent]')?.getAttribute('src')?.includes('youtube'))
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
    const subject = await subjectOf(visitor.page)
    const records = await eventually(() => visitor.demo.records(subject), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'accept-all', source: 'banner', choices: { analytics: true, marketing: true } })

    await visitor.page.reload()
    await visitor.page.waitForFunction(() => ((window as any).__standIns ?? []).length === 2)
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
  })

  it('reject all runs nothing, also after a reload', async () => {
    await open()
    await bannerButton(visitor.page, 'reject-all').click()
    await visitor.page.reload()
    await visitor.page.waitForLoadState('load')
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
    expect(await standInsRan(visitor.page)).toEqual([])
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toEqual(['assent'])
    const records = await eventually(() => subjectOf(visitor.page).then(visitor.demo.records), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'reject-all', choices: { analytics: false, marketing: false } })
  })

  it('the footer link reopens the preferences, and withdrawing deletes the tags\' cookies', async () => {
    await open()
    await bannerButton(visitor.page, 'accept-all').click()
    await visitor.page.waitForFunction(() => document.cookie.includes('_ga='))
    await visitor.page.locator('footer [data-assent-open]').click()
    await expect(preferences(visitor.page).isVisible()).resolves.toBe(true)
    await preferencesButton(visitor.page, 'reject-all').click()
    await visitor.page.waitForFunction(() => !document.cookie.includes('_ga'))
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toEqual(['assent'])
    expect(await visitor.page.evaluate(() => window.assent!.granted('analytics'))).toBe(false)
  })

  it('the placeholder allows only YouTube', async () => {
    await open()
    await visitor.page.locator('button', { hasText: /allow/i }).first().click()
    await visitor.page.waitForFunction(() => document.querySelector('iframe[data-assent]')?.getAttribute('src')?.includes('youtube'))
    expect(await visitor.page.evaluate(() => [window.assent!.granted('youtube'), window.assent!.granted('marketing'), window.assent!.granted('facebook')]))
      .toEqual([true, false, false])
    expect(await standInsRan(visitor.page)).toEqual([])
  })
})
