// When the banner becomes visible on a first visit, part by part, against the earliest any
// banner can be visible on the same page: `node bench/banner-floor.mjs` (env RUNS, default 12;
// THROTTLE, default 4; BUILDS=id=dir,... builds of assent relative to the repository root,
// default `assent=dist`; DEFER=1 adds the first build loaded with `<script defer>`; SSR=1 adds
// the first build with its banner server-rendered (renderBannerHTML first in `<body>`, as
// docs/ui.md says), once with the bundle in `<head>` and once deferred).
// Rows, fresh visitors in a rotating order: `floor` (the no-tool page with a plain banner
// `<div>` in its HTML: no script, so the page's own first frame), each assent build and
// vanilla-cookieconsent. Per visit, from the page's navigation and resource timing (ms since
// navigation start): the HTML's arrival, the tool's file's arrival, the parser done
// (domInteractive), DOMContentLoaded's listeners (assent mounts its UI there), the first
// animation frame, the banner visible (page-probe.js: the first frame whose check finds it
// with a size and visible) and FCP; long tasks and CLS. Medians; ratios against
// vanilla-cookieconsent of the same run. A diagnosis beside `npm run bench`.
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { pageProbe } from './page-probe.js'
import { startStaticServer } from './static-server.js'
import { summarize } from './stats.js'
import { noTool, pageTexts, tools } from './tools.js'

const ROOT = new URL('../', import.meta.url).pathname
const RUNS = Number(process.env.RUNS || 12)
const THROTTLE = Number(process.env.THROTTLE || 4)
const assent = tools.find((t) => t.id === 'assent')
const vanilla = tools.find((t) => t.id === 'cookieconsent')
const builds = (process.env.BUILDS || 'assent=dist').split(',').map((pair) => {
  const [id, dir] = pair.split('=')
  return { ...assent, id, file: 'assent.js', dir: () => resolve(ROOT, dir), html: () => assent.html().replace('/t/assent/', `/t/${id}/`) }
})
/** The page with the bundle loaded by `<script defer>` instead. */
const deferred = (html) => html.replace('<script src="/t/', '<script defer src="/t/')
if (process.env.DEFER === '1') {
  const first = builds[0]
  builds.push({ ...first, id: `${first.id}-defer`, html: () => deferred(first.html()).replace(`/t/${first.id}/`, `/t/${first.id}-defer/`) })
}
if (process.env.SSR === '1') {
  const first = builds[0]
  const { renderBannerHTML } = await import(resolve(first.dir(), 'ui.js'))
  // The same policy and texts as the page's config (tools.js), so that the client takes the host over.
  const host = renderBannerHTML({ policy: { version: '1', url: '/privacy' } }, { texts: { en: pageTexts } })
  const ssr = (id, html) => ({ ...first, id, html: () => html().replace(`/t/${first.id}/`, `/t/${id}/`).replace('<body>', `<body>${host}`) })
  builds.push(ssr(`${first.id}-ssr`, first.html))
  builds.push(ssr(`${first.id}-ssr-defer`, () => deferred(first.html())))
}
const floor = {
  ...noTool,
  id: 'floor',
  banner: '[data-bench-banner]',
  html: () => noTool.html().replace('<body>', '<body><div data-bench-banner role="region" style="position:fixed;inset:auto 0 0;padding:1em;background:#fff;border-top:1px solid #888"><h2>We use cookies</h2><p>We use cookies for analytics and marketing.</p><button>Accept all</button> <button>Reject all</button> <button>Preferences</button></div>'),
}
const rows = [floor, ...builds, { ...vanilla, file: 'cookieconsent.umd.js' }]
const server = await startStaticServer(rows)
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

function firstFrame() {
  requestAnimationFrame(() => { window.__firstFrameAt = performance.now() })
}

async function visit(row) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await context.addInitScript(pageProbe, row.banner)
    await context.addInitScript(firstFrame)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
    await page.goto(`${server.url}/p/${row.id}`, { waitUntil: 'load' })
    await page.waitForFunction(() => window.__bench.bannerAt !== null, null, { timeout: 10_000 })
    await page.waitForTimeout(250)
    return await page.evaluate((file) => {
      const nav = performance.getEntriesByType('navigation')[0]
      const own = file && performance.getEntriesByType('resource').find((e) => e.name.endsWith('/' + file))
      const b = window.__bench
      return {
        htmlArrived: nav.responseEnd,
        fileArrived: own ? own.responseEnd : null,
        domInteractive: nav.domInteractive,
        dclStart: nav.domContentLoadedEventStart,
        dclListeners: nav.domContentLoadedEventEnd - nav.domContentLoadedEventStart,
        firstFrame: window.__firstFrameAt,
        banner: b.bannerAt,
        fcp: b.fcp,
        longTaskMs: b.longTasks.reduce((a, c) => a + c, 0),
        cls: b.cls,
      }
    }, row.file ?? null)
  } finally {
    await context.close()
  }
}

const load = [loadavg().map((v) => v.toFixed(2)).join(' ')]
const samples = Object.fromEntries(rows.map((row) => [row.id, []]))
for (let run = 0; run < RUNS; run++) {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[(run + i) % rows.length]
    samples[row.id].push(await visit(row))
  }
  console.error(`run ${run + 1}/${RUNS}`)
}
load.push(loadavg().map((v) => v.toFixed(2)).join(' '))
const metrics = ['htmlArrived', 'fileArrived', 'domInteractive', 'dclStart', 'dclListeners', 'firstFrame', 'banner', 'fcp', 'longTaskMs', 'cls']
const median = (id, metric) => {
  const values = samples[id].map((s) => s[metric]).filter((v) => v !== null && v !== undefined)
  return values.length ? summarize(values).median : null
}
console.log(`\n${THROTTLE}x CPU, medians of ${RUNS} fresh visitors per row; load average ${load[0]} at start, ${load[1]} at end; ${new Date().toISOString()}\n`)
console.log(`| row | ${metrics.join(' | ')} | banner / vanilla |\n|${' --- |'.repeat(metrics.length + 2)}`)
const vanillaBanner = median('cookieconsent', 'banner')
for (const row of rows) {
  const cells = metrics.map((metric) => {
    const value = median(row.id, metric)
    return value === null ? '-' : metric === 'cls' ? value.toFixed(3) : value.toFixed(1)
  })
  console.log(`| ${row.id} | ${cells.join(' | ')} | ${(median(row.id, 'banner') / vanillaBanner).toFixed(2)}x |`)
}
await browser.close()
await server.close()
