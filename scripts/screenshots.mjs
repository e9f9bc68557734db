// Screenshots of assent/ui for review (and for the CNIL's "proof of the banner shown"):
// every layout, light and dark, at 360 px and 1280 px wide, banner and preferences dialog.
// Usage: npm run build && node scripts/screenshots.mjs   (ASSENT_DIST=<folder> for another build)
// Writes screenshots/<layout>-<theme>-<width>-<layer>.png (git-ignored), and the dashboard's
// overview and health pages (scripts/dashboard-screenshots.mjs) as screenshots/dashboard-*.png.
import { createServer } from 'node:http'
import { mkdir, readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import { chromium } from 'playwright-core'
import { screenshotDashboard } from './dashboard-screenshots.mjs'

const root = new URL('..', import.meta.url).pathname
const dist = join(root, process.env.ASSENT_DIST || 'dist')
const out = join(root, 'screenshots')
const config = (layout, theme) => ({
  policy: { version: '1', url: '/privacy' },
  categories: {
    necessary: { required: true },
    functional: { services: { chat: {} } },
    analytics: { services: { ga4: {}, hotjar: {} } },
    marketing: { services: { ads: {} } },
  },
  ui: { layout, theme, texts: { en: { services: { ga4: { title: 'Google Analytics 4', description: 'Counts visits and page views.' } } } } },
})
const page = (layout, theme) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>assent ${layout} ${theme}</title><script type="application/json" id="assent-config">${JSON.stringify(config(layout, theme))}</script>
<script src="/dist/assent.js"></script><style>body{font:18px/1.6 Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em}</style></head>
<body><h1>A content page</h1>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>'.repeat(8)}
<footer><a href="#" data-assent-open>Cookie settings</a></footer></body></html>`

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x')
  if (url.pathname.startsWith('/dist/')) {
    const file = normalize(join(dist, url.pathname.slice(6)))
    try {
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(file))
    } catch {
      return res.writeHead(404).end()
    }
  }
  const [, layout, theme] = url.pathname.split('/')
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(layout, theme))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}`
await mkdir(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
try {
  for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
    for (const theme of ['light', 'dark']) {
      for (const width of (process.env.WIDTHS || "375,1280").split(",").map(Number)) {
        const context = await browser.newContext({ viewport: { width, height: width < 800 ? 740 : 800 }, colorScheme: theme })
        const tab = await context.newPage()
        await tab.goto(`${base}/${layout}/${theme}`)
        await tab.locator('assent-ui [data-assent-banner]').waitFor()
        await tab.screenshot({ path: join(out, `${layout}-${theme}-${width}-banner.png`) })
        await tab.locator('assent-ui [data-assent-banner] [data-assent-action=preferences]').click()
        await tab.locator('assent-ui [data-assent-preferences]').waitFor()
        await tab.screenshot({ path: join(out, `${layout}-${theme}-${width}-preferences.png`) })
        await context.close()
      }
    }
  }
  console.log(`wrote 32 screenshots to ${out}`)
  console.log(`wrote ${await screenshotDashboard(browser, out, dist)} dashboard screenshots to ${out}`)
} finally {
  await browser.close()
  server.close()
}
