// With `endpoint` set, the preferences dialog lets the visitor download and delete the consent
// records held on them, against routes that answer like the v1 backend (SPEC section 6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'
import { banner, button, preferences, uiPage } from './ui-pages'

let browser: TestBrowser
let server: TestServer
const calls: string[] = []

beforeAll(async () => {
  browser = await launch()
  server = await startServer({ '/': { body: uiPage({ endpoint: '/api/v1/' }) }, '/plain': { body: uiPage() } })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Serves one subject's records like the backend: export while held, DELETE once, then 404. */
function serveSubject(subject: string, status = 204): void {
  let held = true
  const base = `/api/v1/subjects/${subject}`
  server.route(`${base}/export`, (req, res) => {
    calls.push(`${req.method} export`)
    if (!held) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"not_found"}}')
    res.writeHead(200, { 'content-type': 'application/json', 'content-disposition': 'attachment; filename="export.json"' })
    res.end(JSON.stringify({ subject, records: [{ id: 'r1', action: 'accept-all' }] }))
  })
  server.route(base, (req, res) => {
    calls.push(`${req.method} subject`)
    if (req.method !== 'DELETE') return void res.writeHead(405).end()
    held = status >= 400
    res.writeHead(status).end()
  })
}

async function decided(path = '/'): Promise<{ page: Page; subject: string }> {
  const page = await (await browser.newContext()).newPage()
  await page.goto(server.url + path)
  await button(page, 'banner', 'accept-all').click()
  const subject = await page.evaluate(() => window.assent!.record!.subject)
  serveSubject(subject)
  return { page, subject }
}

describe('data rights in the preferences dialog', () => {
  it('downloads the export as a file', async () => {
    const { page, subject } = await decided()
    await page.getByText('Cookie settings').click()
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'preferences', 'download').click()])
    expect(download.suggestedFilename()).toBe(`consent-${subject}.json`)
    expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual({ subject, records: [{ id: 'r1', action: 'accept-all' }] })
    expect(calls).toContain('GET export')
    await page.context().close()
  })

  it('deletes after confirmation, forgets the local decision and shows the banner again', async () => {
    const { page, subject } = await decided()
    const asked: string[] = []
    page.on('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.accept()
    })
    await page.getByText('Cookie settings').click()
    calls.length = 0
    await button(page, 'preferences', 'erase').click()
    await banner(page).waitFor()
    expect(asked).toEqual(['Delete my consent data?'])
    expect(calls).toEqual(['DELETE subject'])
    expect(await page.evaluate(() => [window.assent!.decided, window.assent!.granted('analytics')])).toEqual([false, false])
    expect(await preferences(page).count()).toBe(0)
    // The server answers 404 for the erased subject now.
    const status = await page.evaluate((url) => fetch(url).then((response) => response.status), `/api/v1/subjects/${subject}/export`)
    expect(status).toBe(404)
    await page.context().close()
  })

  it('does nothing when the visitor cancels the confirmation', async () => {
    const { page } = await decided()
    page.on('dialog', (dialog) => void dialog.dismiss())
    await page.getByText('Cookie settings').click()
    calls.length = 0
    await button(page, 'preferences', 'erase').click()
    await page.waitForTimeout(200)
    expect(calls).toEqual([])
    expect(await page.evaluate(() => window.assent!.decided)).toBe(true)
    await page.context().close()
  })

  it('says so when the server fails, and keeps the decision', async () => {
    const { page, subject } = await decided()
    serveSubject(subject, 503)
    page.on('dialog', (dialog) => void dialog.accept())
    await page.getByText('Cookie settings').click()
    await button(page, 'preferences', 'erase').click()
    const status = preferences(page).locator('[role=status]')
    await expect.poll(() => status.textContent()).toBe('That failed. Try again.')
    expect(await page.evaluate(() => window.assent!.decided)).toBe(true)
    await page.context().close()
  })

  it('offers neither without an endpoint, nor before any decision', async () => {
    const plain = await decided('/plain')
    await plain.page.getByText('Cookie settings').click()
    expect(await preferences(plain.page).locator('[data-assent-action=download], [data-assent-action=erase]').count()).toBe(0)
    await plain.page.context().close()
    const page = await (await browser.newContext()).newPage()
    await page.goto(server.url + '/')
    await button(page, 'banner', 'preferences').click()
    expect(await preferences(page).locator('[data-assent-action=download]').count()).toBe(0)
    await page.context().close()
  })
})
