// Where a visit's main-thread time goes, by function: CDP's sampling profiler (25 µs) over one
// load of the bench page at 4x CPU, summed over RUNS fresh visitors, self time per function
// (assent's mapped to its source through dist/assent.js.map). A measurement, asserts nothing.
// Usage (after `npm run build` in the root): npm run bench:return-profile
//   env ROW=assent|none|floor|floor-inline|blank (default assent), DIST=dir of an assent.js build
//   (default dist), VISIT=third (V8's code cache in use; default) | gc (the second load after a
//   forced collection, as `npm run bench`) | warm (the second load) | first (a fresh visitor,
//   profiled until the banner is visible), RUNS (default 10).
import { chromium } from 'playwright-core'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { startStaticServer } from './static-server.js'
import { assentVariants, floorRows, noTool } from './tools.js'
import { pageProbe } from './page-probe.js'
const require = createRequire(import.meta.url)
const { SourceMapConsumer } = require('source-map-js')
// A variant without a map (bench:return-variants writes none) is reported by minified names.
const mapFile = new URL('../' + (process.env.DIST || 'dist') + '/assent.js.map', import.meta.url)
const map = existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : null
const ROW = process.env.ROW || 'assent'
const rows = ROW === 'assent' ? assentVariants('assent=' + (process.env.DIST || 'dist')) : ROW === 'none' ? [noTool] : floorRows().filter((r) => r.id === ROW)
if (!rows.length) throw new Error(`ROW: \`${ROW}\` is not assent, none, floor, floor-inline or blank`)
const server = await startStaticServer(rows)
// As bench:return launches it (the flags that keep Chromium off this machine's closed network).
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const self = new Map()
const RUNS = Number(process.env.RUNS || 10)
const VISIT = process.env.VISIT || 'third'
let total = 0
for (let r = 0; r < RUNS; r++) {
  const context = await browser.newContext()
  await context.addInitScript(pageProbe, rows[0].banner)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const url = `${server.url}/p/${rows[0].id}`
  // The first visit decides; the profiled load is the second (gc, warm) or the third.
  if (VISIT !== 'first') {
    await page.goto(url, { waitUntil: 'load' })
    if (!rows[0].reference) await page.evaluate(() => window.assent.acceptAll())
  }
  if (VISIT === 'gc') await cdp.send('HeapProfiler.collectGarbage')
  if (VISIT === 'third') await page.goto(url, { waitUntil: 'load' })
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 25 })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Profiler.start')
  // Until both gated scripts ran (the figure the return visit is about), not the load event.
  await page.goto(url, { waitUntil: 'commit' })
  if (VISIT === 'first') await page.waitForFunction(() => window.__bench.bannerAt !== null, null, { polling: 'raf' })
  else await page.waitForFunction(() => Object.keys(window.__bench.runs).length === 2, null, { polling: 'raf' })
  const { profile } = await cdp.send('Profiler.stop')
  await page.waitForLoadState('load')
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const dt = profile.timeDeltas
  const counts = new Map()
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i + 1] ?? 0)))
  for (const [id, us] of counts) {
    const { callFrame: f } = byId.get(id)
    let key = f.functionName || '(anon)'
    if (f.url.includes('assent.js') && f.lineNumber < 0) key = 'assent (script)'
    else if (map && f.url.includes('assent.js')) {
      const o = map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber })
      key = `assent ${o.source?.replace(/.*src\//, '')}:${o.line} ${o.name || f.functionName}`
    } else if (f.url) key += ' ' + f.url.replace(/.*\//, '')
    self.set(key, (self.get(key) || 0) + us)
    total += us
  }
  await context.close()
}
const rowsOut = [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)
console.log(`total sampled ${(total / RUNS / 1000).toFixed(1)} ms per visit (${VISIT}, 4x)`)
for (const [k, us] of rowsOut) console.log((us / RUNS / 1000).toFixed(2).padStart(7), k)
let a = 0; for (const [k, us] of self) if (k.startsWith('assent')) a += us
console.log('in assent.js functions (self):', (a / RUNS / 1000).toFixed(2), 'ms')
await browser.close(); await server.close()
