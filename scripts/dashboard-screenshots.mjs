// The dashboard's part of scripts/screenshots.mjs: a SQLite database seeded with 90 days of
// records, the built handler with its dashboard, sign-in through the form, then the overview
// (light and dark, 1280 and 360 px wide), its chart, the health page, sign-in and a subject.
// Alone: node scripts/dashboard-screenshots.mjs (after npm run build).
import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedRecords } from './seed-records.mjs'

const TOKEN = 'screenshot-token-0123456789'

export async function screenshotDashboard(browser, out, dist) {
  const { createHandler, sqliteStore, toNodeListener } = await import(join(dist, 'server.js'))
  const dir = mkdtempSync(join(tmpdir(), 'assent-shots-'))
  const store = sqliteStore(join(dir, 'consent.db'))
  const server = createServer(toNodeListener(createHandler({ store, adminToken: TOKEN, basePath: '/v1', dashboard: { path: '/dashboard' } })))
  try {
    const records = seedRecords({ days: 90, perDay: 120, newestAgoMinutes: 3 })
    for (let i = 0; i < records.length; i += 500) {
      await Promise.all(records.slice(i, i + 500).map(({ receivedAt, origin, userAgent, ip, ...record }) =>
        store.insert({ ...record, receivedAt, origin, userAgent, ip }, JSON.stringify(record))))
    }
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${server.address().port}/dashboard`
    let count = 0
    for (const theme of ['light', 'dark']) {
      for (const width of [1280, 360]) {
        const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 900 }, colorScheme: theme })
        const tab = await context.newPage()
        await tab.goto(base)
        await tab.screenshot({ path: join(out, `dashboard-sign-in-${theme}-${width}.png`) })
        await tab.fill('#token', TOKEN)
        await tab.click('button[type=submit]')
        await tab.goto(`${base}?period=90`)
        await tab.screenshot({ path: join(out, `dashboard-overview-${theme}-${width}.png`), fullPage: true })
        // The first screenful of charts at its real size (a full page of a phone shrinks to nothing).
        await tab.locator('section[aria-labelledby=h-per-day]').screenshot({ path: join(out, `dashboard-chart-${theme}-${width}.png`) })
        await tab.goto(`${base}/health`)
        await tab.screenshot({ path: join(out, `dashboard-health-${theme}-${width}.png`) })
        await tab.goto(`${base}/subject`)
        await tab.fill('#id', records[records.length - 1].subject)
        await tab.click('form button.primary')
        await tab.locator('article.record').waitFor()
        await tab.screenshot({ path: join(out, `dashboard-subject-${theme}-${width}.png`) })
        count += 5
        await context.close()
      }
    }
    return count
  } finally {
    server.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('playwright-core')
  const root = new URL('..', import.meta.url).pathname
  const { mkdir } = await import('node:fs/promises')
  const out = join(root, 'screenshots')
  await mkdir(out, { recursive: true })
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] })
  try {
    console.log(`wrote ${await screenshotDashboard(browser, out, join(root, process.env.ASSENT_DIST || 'dist'))} dashboard screenshots to ${out}`)
  } finally {
    await browser.close()
  }
}
