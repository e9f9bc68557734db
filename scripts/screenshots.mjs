// Screenshots of assent/ui for review (and for the CNIL's "proof of the banner shown"):
// every layout, light and dark, at 375 px and 1280 px wide (WIDTHS=360,1280 for others), banner
// and preferences dialog; beside them vanilla-cookieconsent's default banner and preferences
// (the version in devDependencies, as the bench uses it) with the same categories and texts,
// and side-by-side pictures of both, so that anyone can compare.
// Usage: npm run build && node scripts/screenshots.mjs   (ASSENT_DIST=<folder> for another build)
// Writes screenshots/<layout>-<theme>-<width>-<layer>.png,
// screenshots/vanilla-cookieconsent-<theme>-<width>-<layer>.png and
// screenshots/side-by-side-<theme>-<width>-<layer>.png (assent's box left, vanilla-cookieconsent
// right; git-ignored), and the dashboard's overview and health pages
// (scripts/dashboard-screenshots.mjs) as screenshots/dashboard-*.png.
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

const vanillaDir = join(root, 'node_modules/vanilla-cookieconsent/dist')
const vanillaSections = [
  ['Necessary', 'Needed for the site to work.', 'necessary'],
  ['Functional', 'Extra features, such as chat or videos.', 'functional'],
  ['Analytics', 'Measure use of the site.', 'analytics'],
  ['Marketing', 'Show and measure ads.', 'marketing'],
].map(([title, description, linkedCategory]) => ({ title, description, linkedCategory }))
// vanilla-cookieconsent's documented script-tag set-up with its default look (the box), assent's
// English texts; its dark theme is the `cc--darkmode` class on <html>.
const vanillaPage = (theme) => `<!doctype html><html lang="en" class="${theme == 'dark' ? 'cc--darkmode' : ''}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>vanilla-cookieconsent ${theme}</title><link rel="stylesheet" href="/vanilla/cookieconsent.css">
<style>body{font:18px/1.6 Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em}</style></head>
<body><h1>A content page</h1>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>'.repeat(8)}
<script src="/vanilla/cookieconsent.umd.js"></script><script>CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, functional: {}, analytics: {}, marketing: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'Your privacy choices', description: 'We use cookies to run this site and, only if you agree, for analytics and ads. You can change this at any time.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Preferences' },
    preferencesModal: { title: 'Privacy preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save choices', closeIconLabel: 'Close', sections: ${JSON.stringify(vanillaSections)} },
  } } },
})</script></body></html>`
// Two pages side by side in frames of half the width each.
const sideBySide = (left, right) => `<!doctype html><style>body{margin:0;display:flex}iframe{border:0;width:50vw;height:100vh}</style>
<iframe src="${left}"></iframe><iframe src="${right}"></iframe>`

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x')
  if (url.pathname.startsWith('/vanilla/')) {
    const file = normalize(join(vanillaDir, url.pathname.slice(9)))
    try {
      return res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' }).end(await readFile(file))
    } catch {
      return res.writeHead(404).end()
    }
  }
  if (url.pathname.startsWith('/vanilla-page/')) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(vanillaPage(url.pathname.split('/')[2]))
  // docs/ui.md's picture: the default light theme beside the dark one restyled by custom properties.
  if (url.pathname == '/themes') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sideBySide('/box/light', '/box/dark?custom'))
  if (url.pathname.startsWith('/side/')) {
    const theme = url.pathname.split('/')[2]
    return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sideBySide(`/box/${theme}`, `/vanilla-page/${theme}`))
  }
  if (url.pathname.startsWith('/dist/')) {
    const file = normalize(join(dist, url.pathname.slice(6)))
    try {
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(file))
    } catch {
      return res.writeHead(404).end()
    }
  }
  const [, layout, theme] = url.pathname.split('/')
  const custom = url.search == '?custom' ? '<style>assent-ui{--assent-accent:#5eead4;--assent-bg:#102a2a;--assent-fg:#e6fffa;--assent-radius:1.25em;--assent-font:Georgia,serif}</style>' : ''
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(layout, theme).replace('</head>', custom + '</head>'))
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
  let count = 0
  for (const theme of ['light', 'dark']) {
    for (const width of (process.env.WIDTHS || '375,1280').split(',').map(Number)) {
      const viewport = { width, height: width < 800 ? 740 : 800 }
      const context = await browser.newContext({ viewport, colorScheme: theme })
      const tab = await context.newPage()
      await tab.goto(`${base}/vanilla-page/${theme}`)
      await tab.locator('#cc-main .cm').waitFor()
      await tab.screenshot({ path: join(out, `vanilla-cookieconsent-${theme}-${width}-banner.png`) })
      await tab.locator('#cc-main .cm [data-role="show"]').click()
      await tab.locator('#cc-main .pm').waitFor()
      await tab.waitForTimeout(500) // its opening transition
      await tab.screenshot({ path: join(out, `vanilla-cookieconsent-${theme}-${width}-preferences.png`) })
      // Side by side at twice the width, each at the size above.
      await tab.setViewportSize({ width: width * 2, height: viewport.height })
      await tab.goto(`${base}/side/${theme}`)
      const [ours, theirs] = [tab.frameLocator('iframe >> nth=0'), tab.frameLocator('iframe >> nth=1')]
      await ours.locator('assent-ui [data-assent-banner]').waitFor()
      await theirs.locator('#cc-main .cm').waitFor()
      await tab.waitForTimeout(500)
      await tab.screenshot({ path: join(out, `side-by-side-${theme}-${width}-banner.png`) })
      await ours.locator('assent-ui [data-assent-banner] [data-assent-action=preferences]').click()
      await theirs.locator('#cc-main .cm [data-role="show"]').click()
      await tab.waitForTimeout(500)
      await tab.screenshot({ path: join(out, `side-by-side-${theme}-${width}-preferences.png`) })
      await context.close()
      count += 4
    }
  }
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const tab = await context.newPage()
    await tab.goto(`${base}/themes`)
    for (const nth of [0, 1]) {
      const frame = tab.frameLocator(`iframe >> nth=${nth}`)
      await frame.locator('assent-ui [data-assent-banner] [data-assent-action=preferences]').click()
      await frame.locator('assent-ui [data-assent-preferences] summary').nth(2).click()
    }
    await tab.screenshot({ path: join(out, 'themes.png') })
    await context.close()
  }
  console.log(`wrote ${count * 4} screenshots of assent, ${count} of vanilla-cookieconsent and side by side, and themes.png (docs/ui-themes.png) to ${out}`)
  console.log(`wrote ${await screenshotDashboard(browser, out, dist)} dashboard screenshots to ${out}`)
} finally {
  await browser.close()
  server.close()
}
