// The pixelant example: the privacy policy that started assent, end to end in Chromium.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COOKIE_STORE } from './harness'
import { standInsRan } from './stand-ins'
import { banner, bannerButton, cookieNames, eventually, preferences, preferencesButton, subjectOf, useDemoVisitor } from './demo'

const visitor = useDemoVisitor()

const home = () => `${visitor.demo.url}/pixelant/`

describe('examples/pixelant', () => {
  it('asks first; the chat widget loads only after consent and goes with its cookies and storage on withdrawal', async () => {
    await visitor.page.goto(home())
    await expect(banner(visitor.page).isVisible()).resolves.toBe(true)
    expect(await standInsRan(visitor.page)).toEqual([])
    expect(await visitor.page.locator('#tidio-chat').count()).toBe(0)
    await bannerButton(visitor.page, 'preferences').click()
    await visitor.page.locator('input[data-assent-category="functional"]').check()
    await preferencesButton(visitor.page, 'save').click()
    await visitor.page.waitForSelector('#tidio-chat')
    expect(await standInsRan(visitor.page)).toEqual(['tidio'])
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toEqual(['assent', 'tidio_state_demo'])
    expect(await visitor.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tidio')))).toEqual(['tidio_state_demo_visitor'])

    await visitor.page.locator('footer [data-assent-open]').click()
    await visitor.page.locator('input[data-assent-category="functional"]').uncheck()
    await preferencesButton(visitor.page, 'save').click()
    // (the consent cookie itself names the service, so look at cookie names)
    await visitor.page.waitForFunction(() => !document.cookie.split('; ').some((c) => c.startsWith('tidio')))
    expect(await visitor.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tidio')))).toEqual([])
    expect(await visitor.page.evaluate(() => window.assent!.granted('tidio'))).toBe(false)
  })

  it('the necessary session cookie works without consent and goes on logout', async () => {
    await visitor.page.goto(home())
    await visitor.page.locator('#sign-in').click()
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toEqual(['pixelant_session'])
    await visitor.page.locator('#sign-out').click()
    await expect.poll(() => cookieNames(visitor.page), COOKIE_STORE).toEqual([])
  })

  it('with Do Not Track on: no banner, nothing non-essential, and the refusal is recorded', async () => {
    await visitor.context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }))
    await visitor.page.goto(home())
    await visitor.page.waitForLoadState('load')
    await visitor.page.waitForTimeout(300) // the UI mounts on DOMContentLoaded; give it the chance to (wrongly) appear
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
    expect(await standInsRan(visitor.page)).toEqual([])
    const records = await eventually(() => subjectOf(visitor.page).then(visitor.demo.records), (r) => r.length === 1)
    expect(records[0]).toMatchObject({ action: 'reject-all', source: 'signal', signals: { doNotTrack: true } })
    await visitor.page.locator('footer [data-assent-open]').click()
    await expect(preferences(visitor.page).textContent()).resolves.toMatch(/DNT|Do Not Track|privacy signal/i)
  })

  it('a new policy date asks again', async () => {
    await visitor.page.goto(home())
    await bannerButton(visitor.page, 'accept-all').click()
    await visitor.page.reload()
    await expect(banner(visitor.page).isVisible()).resolves.toBe(false)
    const html = readFileSync(new URL('../../examples/pixelant/index.html', import.meta.url), 'utf8')
    await visitor.page.route(home(), (route) => route.fulfill({ contentType: 'text/html', body: html.replace('"version": "2025-01-08"', '"version": "2026-02-01"') }))
    await visitor.page.reload()
    await expect(banner(visitor.page).isVisible()).resolves.toBe(true)
    expect(await visitor.page.evaluate(() => window.assent!.decided)).toBe(false)
  })

  it('the visitor can export and erase their consent data', async () => {
    await visitor.page.goto(home())
    await bannerButton(visitor.page, 'reject-all').click()
    const subject = await subjectOf(visitor.page)
    await eventually(() => visitor.demo.records(subject), (r) => r.length === 1)
    await visitor.page.locator('footer [data-assent-open]').click()
    const [download] = await Promise.all([visitor.page.waitForEvent('download'), visitor.page.locator('[data-assent-preferences] button', { hasText: /download/i }).click()])
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    expect(JSON.stringify(exported)).toContain(subject)
    visitor.page.once('dialog', (dialog) => dialog.accept())
    await visitor.page.locator('[data-assent-preferences] button', { hasText: /delete/i }).click()
    const records = await eventually(() => visitor.demo.records(subject), (r) => r.length === 0)
    expect(records).toEqual([])
  })
})
