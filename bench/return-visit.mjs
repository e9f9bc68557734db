// The return visit alone, for builds side by side: `npm run bench:return` (env BUILDS=id=dir,...
// relative to the repository root, default `assent=dist`; RUNS, default 15; THROTTLE, default 4).
// Each fresh visitor loads the page, decides through the API (`assent.acceptAll()`, so that a
// build without the UI can be measured too: what a decided visitor would compile if the UI were
// not in the file), then loads it again three ways, each its own figure, navigation start until
// both gated scripts ran:
// - `return (GC)`: after a forced full collection, as `npm run bench` makes (it empties V8's
//   in-memory compilation cache: the bundle is compiled again and its code cache produced),
// - `return (warm)`: the same without the collection (the renderer still holds the compiled code),
// - `third`: the next load, where Chromium uses V8's code cache of the file.
// The no-tool page (`none`, the same two scripts not gated) is loaded the same way. GATED=src:
// the two scripts as files instead of inline (see below). Rows are
// interleaved in a rotating order; medians, and each row's ratio to `none`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadavg } from 'node:os'
import { chromium } from 'playwright-core'
import { pageProbe } from './page-probe.js'
import { startStaticServer } from './static-server.js'
import { summarize } from './stats.js'
import { assentVariants, floorRows, noTool } from './tools.js'

const RUNS = Number(process.env.RUNS || 15)
const THROTTLE = Number(process.env.THROTTLE || 4)
const builds = assentVariants(process.env.BUILDS || 'assent=dist')
// GATED=src: the two scripts as files (`<script src>`; gated: `type="text/plain" data-assent
// src`), cacheable like a CDN's, instead of inline: what the preload scanner gains the no-tool
// page, which finds them in the HTML, over a gate that can only fetch them once it has run.
// GATED=both: each row twice, inline and as files (`<id>-src`), in the same run.
// FLOOR=1: the floor rows (tools.js `floorRows`): what any script-tag gate costs at least.
const inline = [noTool, ...builds, ...(process.env.FLOOR ? floorRows() : [])]
const asFiles = (row, id) => {
  const dir = new URL('../.tmp/bench-gated-files/', import.meta.url).pathname
  mkdirSync(dir, { recursive: true })
  for (const name of ['analytics', 'marketing']) writeFileSync(join(dir, `gated-${name}.js`), `__bench.ran('${name}')`)
  const html = () => row.html()
    .replace(/<script>__bench\.ran\('(\w+)'\)<\/script>/g, `<script src="/t/${id}/gated-$1.js"></script>`)
    .replace(/<script type="text\/plain" data-assent="(\w+)">__bench\.ran\('\w+'\)<\/script>/g, `<script type="text/plain" data-assent="$1" src="/t/${id}/gated-$1.js"></script>`)
  return { ...row, id, html, fallbackDir: () => dir }
}
const GATED = process.env.GATED
const rows = GATED === 'src' ? inline.map((row) => asFiles(row, row.id))
  : GATED === 'both' ? [...inline, ...inline.map((row) => asFiles(row, `${row.id}-src`))] : inline
/** The no-tool row a row is read against: the one with its scripts the same way. */
const referenceOf = (id) => (GATED === 'both' && id.endsWith('-src') ? 'none-src' : 'none')
const server = await startStaticServer(rows)
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const STEPS = ['returnGC', 'returnWarm', 'third']

const gatedRan = (page) => page.waitForFunction(() => Object.keys(window.__bench.runs).length === 2, null, { timeout: 15_000, polling: 20 })
  .then(() => page.evaluate(() => Math.max(...Object.values(window.__bench.runs))))

/** One fresh visitor: decide, then the three return loads; each a new context per figure. */
async function visitor(row, step) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await context.addInitScript(pageProbe, row.banner)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
    const url = `${server.url}/p/${row.id}`
    await page.goto(url, { waitUntil: 'load' })
    if (!row.reference) {
      await page.waitForFunction(() => window.assent, null, { timeout: 15_000 })
      await page.evaluate(() => window.assent.acceptAll())
    }
    await gatedRan(page)
    if (step === 'returnGC') await cdp.send('HeapProfiler.collectGarbage')
    await page.goto(url, { waitUntil: 'commit' })
    const second = await gatedRan(page)
    await page.waitForLoadState('load')
    if (step !== 'third') return second
    await page.goto(url, { waitUntil: 'commit' })
    const third = await gatedRan(page)
    await page.waitForLoadState('load')
    return third
  } finally {
    await context.close()
  }
}

const load = { start: loadavg().map((n) => n.toFixed(2)).join(' ') }
const samples = Object.fromEntries(rows.map((row) => [row.id, Object.fromEntries(STEPS.map((s) => [s, []]))]))
for (let run = 0; run < RUNS; run++) {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[(run + i) % rows.length]
    for (const step of STEPS) samples[row.id][step].push(await visitor(row, step))
  }
  console.error(`run ${run + 1}/${RUNS}`)
}
load.end = loadavg().map((n) => n.toFixed(2)).join(' ')

const median = (values) => summarize(values).median
console.log(`\n### Return visit → gated ran${GATED === 'src' ? ' (the two scripts as files)' : GATED === 'both' ? ' (rows `-src`: the two scripts as files)' : ''}, ${THROTTLE}x CPU, medians of ${RUNS} (load average ${load.start} at start, ${load.end} at end)\n`)
console.log(`| row | ${STEPS.map((s) => `${s} ms | / none`).join(' | ')} |\n|${' --- |'.repeat(STEPS.length * 2 + 1)}`)
for (const row of rows) {
  console.log(`| ${row.id} | ${STEPS.map((step) => {
    const m = median(samples[row.id][step])
    return `${m.toFixed(1)} | ${(m / median(samples[referenceOf(row.id)][step])).toFixed(2)}×`
  }).join(' | ')} |`)
}
/** One line of ratios, step by step: row `b`'s medians over row `a`'s. */
const ratios = (b, a) => console.log(`\n${b} / ${a}: ${STEPS.map((step) => `${step} ${(median(samples[b][step]) / median(samples[a][step])).toFixed(2)}×`).join(', ')}`)
if (GATED === 'both') for (const row of inline) ratios(`${row.id}-src`, row.id)
for (const b of builds.slice(1)) ratios(b.id, builds[0].id)
if (process.env.FLOOR) for (const b of builds) ratios(b.id, 'floor')
console.log(`\n${JSON.stringify({ throttle: THROTTLE, runs: RUNS, load, samples })}`)
await browser.close()
await server.close()
