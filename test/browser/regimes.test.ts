// Regimes (SPEC section 10) in real Chromium: the `npm start` demo's script-tag page as visitors
// from the EEA, the UK, California, Japan ('none') and nowhere known, with the region written
// into the page by the demo's stand-in for a CDN edge (`?region=`).
import { describe, expect, it } from 'vitest'
import { COOKIE_STORE } from './harness'
import { standInsRan } from './stand-ins'
import { banner, bannerButton, cookieNames, eventually, preferences, subjectOf, useDemoVisitor } from './demo'

const visitor = useDemoVisitor()
const open = async (region?: string) => {
  await visitor.page.goto(`${visitor.demo.url}/script-tag/${region ? '?region=' + region : ''}`)
  await visitor.page.waitForLoadState('load')
}
const gpc = () => visitor.context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
/** The banner's buttons by action, with their texts. */
const bannerActions = () => visitor.page.locator('[data-assent-banner] [data-assent-action]').evaluateAll((buttons) =>
  buttons.map((button) => [button.getAttribute('data-assent-action'), button.getAttribute('aria-label') ?? button.textContent]))
/** Google consent commands in the dataLayer (Arguments objects), as arrays. */
const consentCommands = () => visitor.page.evaluate(() => ((window as any).dataLayer as unknown[])
  .filter((entry) => Object.prototype.toString.call(entry) === '[object Arguments]' && (entry as any)[0] === 'consent')
  .map((entry) => Array.from(entry as ArrayLike<unknown>)))
const regime = () => visitor.page.evaluate(() => window.assent!.regime)
const DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' }
// The demo has no 'functional' category, so its two types are never granted.
const GRANTED = { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' }
const ranBeforeAnyClick = async (expected: string[]) => {
  // Tags that may run, run at start-up; give them the time to load before reading.
  if (expected.length) await visitor.page.waitForFunction((n) => ((window as any).__standIns ?? []).length === n, expected.length)
  else await visitor.page.waitForTimeout(300)
  expect(await standInsRan(visitor.page)).toEqual(expected)
}

describe('one page, one config, visitors from everywhere', () => {
  it('EEA (DE): the opt-in banner, nothing runs before a choice, Google denied', async () => {
    await open('DE')
    expect(await regime()).toEqual({ region: 'DE', model: 'opt-in', optOut: [] })
    await expect(banner(visitor.page).isVisible()).resolves.toBe(true)
    expect(await bannerActions()).toEqual([['close', 'Close'], ['accept-all', 'Accept all'], ['reject-all', 'Reject all'], ['preferences', 'Preferences']])
    await ranBeforeAnyClick([])
    expect(await cookieNames(visitor.page)).toEqual([])
    expect(await consentCommands()).toEqual([['consent', 'default', { ...DENIED, wait_for_update: 500 }]])
    await bannerButton(visitor.page, 'accept-all').click()
    const records = await eventually(() => subjectOf(visitor.page).then(visitor.demo.records), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'accept-all', regime: { region: 'DE', model: 'opt-in' } })
  })

  it('UK (GB): the opt-in banner, but the statistics exemption runs analytics (only) before a choice', async () => {
    await open('GB')
    expect(await regime()).toEqual({ region: 'GB', model: 'opt-in', optOut: ['analytics'] })
    await expect(banner(visitor.page).isVisible()).resolves.toBe(true)
    expect((await bannerActions()).map(([action]) => action)).toContain('accept-all')
    await ranBeforeAnyClick(['gtag'])
    expect(await consentCommands()).toEqual([['consent', 'default', { ...DENIED, analytics_storage: 'granted', wait_for_update: 500 }]])
    // Refusing objects to the statistics too: the analytics cookies go.
    await bannerButton(visitor.page, 'reject-all').click()
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toEqual(['assent'])
  })

  it('California (US-CA): a notice with the opt-out, everything runs before a click, Google granted; closing records a notice', async () => {
    await open('US-CA')
    expect((await regime()).model).toBe('opt-out')
    await expect(banner(visitor.page).isVisible()).resolves.toBe(true)
    expect(await visitor.page.locator('[data-assent-banner] h2').textContent()).toBe('Your privacy choices')
    expect(await bannerActions()).toEqual([
      ['close', 'Close'], ['reject-all', 'Do Not Sell or Share My Personal Information'], ['preferences', 'Your Privacy Choices'],
    ])
    await ranBeforeAnyClick(['facebook', 'gtag'])
    expect(await consentCommands()).toEqual([['consent', 'default', { ...GRANTED, wait_for_update: 500 }]])
    expect(await visitor.page.evaluate(() => window.assent!.decided)).toBe(false)

    await bannerButton(visitor.page, 'close').click()
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
    const records = await eventually(() => subjectOf(visitor.page).then(visitor.demo.records), (r) => r.length === 1)
    expect(records[0]).toMatchObject({
      action: 'notice', source: 'banner', regime: { region: 'US-CA', model: 'opt-out' },
      choices: { necessary: true, analytics: true, marketing: true }, services: { ga4: true, facebook: true, youtube: true },
    })
    await visitor.page.reload()
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
  })

  it('California: opting out on the notice refuses and deletes, and Google is updated to denied', async () => {
    await open('US-CA')
    await ranBeforeAnyClick(['facebook', 'gtag'])
    await bannerButton(visitor.page, 'reject-all').click()
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toEqual(['assent'])
    expect((await consentCommands()).at(-1)).toEqual(['consent', 'update', DENIED])
    const records = await eventually(() => subjectOf(visitor.page).then(visitor.demo.records), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'reject-all', source: 'banner', regime: { region: 'US-CA', model: 'opt-out' } })
    // An explicit choice stands everywhere: in the EEA the refusal holds, no banner.
    await open('DE')
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
    await ranBeforeAnyClick([])
  })

  it("a Californian's dismissed notice is no consent once the same browser is in the EEA", async () => {
    await open('US-CA')
    await bannerButton(visitor.page, 'close').click()
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toContain('assent')
    await open('DE')
    await expect(banner(visitor.page).isVisible()).resolves.toBe(true)
    expect((await bannerActions()).map(([action]) => action)).toEqual(['close', 'accept-all', 'reject-all', 'preferences'])
    expect(await visitor.page.evaluate(() => [window.assent!.decided, window.assent!.granted('marketing')])).toEqual([false, false])
    // Gated tags did not run here; the California tags' cookies are not removed by a page that
    // never decided, but nothing of its own runs.
    await ranBeforeAnyClick([])
    expect(await consentCommands()).toEqual([['consent', 'default', { ...DENIED, wait_for_update: 500 }]])
  })

  it('California with GPC: no notice, nothing sold or shared runs, the preferences say the opt-out was honored', async () => {
    await gpc()
    await open('US-CA')
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
    await ranBeforeAnyClick([])
    const commands = await consentCommands()
    expect(commands[0]).toEqual(['consent', 'default', { ...GRANTED, wait_for_update: 500 }])
    expect(commands[1]).toEqual(['consent', 'update', DENIED]) // right after, before any tag
    const record = await visitor.page.evaluate(() => window.assent!.record)
    expect(record).toMatchObject({ action: 'reject-all', source: 'signal', signals: { globalPrivacyControl: true }, regime: { region: 'US-CA', model: 'opt-out' } })
    await visitor.page.locator('footer [data-assent-open]').click()
    await expect(preferences(visitor.page).isVisible()).resolves.toBe(true)
    expect(await visitor.page.locator('[data-assent-preferences] h2').textContent()).toBe('Your Privacy Choices')
    expect(await visitor.page.locator('[data-assent-preferences] [data-assent-gpc]').textContent()).toBe('Opt-out request honored')
    expect(await visitor.page.locator('[data-assent-preferences] [data-assent-action="reject-all"]').textContent()).toBe('Do Not Sell or Share My Personal Information')
    expect(await visitor.page.locator('input[data-assent-category="marketing"]').isChecked()).toBe(false)
  })

  it('EEA with GPC: no banner, nothing runs, and the honoured opt-out is shown there too', async () => {
    await gpc()
    await open('DE')
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
    await ranBeforeAnyClick([])
    await visitor.page.locator('footer [data-assent-open]').click()
    expect(await visitor.page.locator('[data-assent-preferences] [data-assent-gpc]').textContent()).toBe('Opt-out request honored')
  })

  it("'none' (JP): no banner, everything runs, the cookie settings link still opens the preferences", async () => {
    await open('JP')
    expect((await regime()).model).toBe('none')
    await ranBeforeAnyClick(['facebook', 'gtag'])
    await expect(banner(visitor.page).count()).resolves.toBe(0)
    expect(await consentCommands()).toEqual([['consent', 'default', { ...GRANTED, wait_for_update: 500 }]])
    // By keyboard: here the video's cross-site frame loads at once, and a mouse click that
    // Playwright aims while the page still scrolls can land in that frame instead.
    await visitor.page.locator('footer [data-assent-open]').focus()
    await visitor.page.keyboard.press('Enter')
    await expect(preferences(visitor.page).isVisible()).resolves.toBe(true)
    expect(await visitor.page.locator('input[data-assent-category="marketing"]').isChecked()).toBe(true)
    await visitor.page.locator('[data-assent-preferences] [data-assent-action="reject-all"]').click()
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toEqual(['assent'])
    const records = await eventually(() => subjectOf(visitor.page).then(visitor.demo.records), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'reject-all', source: 'preferences', regime: { region: 'JP', model: 'none' } })
  })

  it('unknown region: the default (opt-in) banner, nothing runs, the record says null', async () => {
    await open()
    expect(await regime()).toEqual({ region: null, model: 'opt-in', optOut: [] })
    await expect(banner(visitor.page).isVisible()).resolves.toBe(true)
    await ranBeforeAnyClick([])
    await bannerButton(visitor.page, 'reject-all').click()
    const records = await eventually(() => subjectOf(visitor.page).then(visitor.demo.records), (r) => r.length === 1)
    expect(records[0].regime).toEqual({ region: null, model: 'opt-in' })
  })

  it('the region can also come from an X-Country / X-Region pair the edge sets', async () => {
    await visitor.context.setExtraHTTPHeaders({ 'X-Country': 'US', 'X-Region': 'CO' })
    await open()
    expect(await regime()).toMatchObject({ region: 'US-CO', model: 'opt-out' })
  })
})
