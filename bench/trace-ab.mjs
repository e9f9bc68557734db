// Where assent's time goes on a first, return and third visit, from Chromium's trace, for one
// or more builds side by side: `npm run bench:trace` (env BUILDS=id=dir,... relative to the
// repository root, default `assent=dist`; RUNS, default 7; THROTTLE, default 4). Fresh visitors
// in a rotating order with the no-tool page. Per visit: the main thread's time (thread time, so
// that a loaded machine inflates it less than wall-clock figures) of the bundle's evaluation,
// the code cache it produces, the source positions V8 collects for a captured stack, assent's
// work before and after First Contentful Paint, and the wait from the bundle's request to its
// evaluation (wall clock: fetch plus background compile). A diagnosis beside the bench, not a
// figure for the aims (those are wall-clock medians from `npm run bench`).
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { pageProbe } from './page-probe.js'
import { startStaticServer } from './static-server.js'
import { summarize } from './stats.js'
import { noTool, tools } from './tools.js'

const ROOT = new URL('../', import.meta.url).pathname
const RUNS = Number(process.env.RUNS || 7)
const THROTTLE = Number(process.env.THROTTLE || 4)
const assent = tools.find((t) => t.id === 'assent')
const builds = (process.env.BUILDS || 'assent=dist').split(',').map((pair) => {
  const [id, dir] = pair.split('=')
  // tools.js's assent page names its own id in the script URL.
  return { ...assent, id, dir: () => resolve(ROOT, dir), html: () => assent.html().replace('/t/assent/', `/t/${id}/`) }
})
const server = await startStaticServer([noTool, ...builds])
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
// No stack-capturing categories (disabled-by-default-devtools.timeline*): they would make V8
// collect source positions itself.
const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'loading', 'blink.user_timing']

function analyse(traceEvents, file) {
  const t0 = Math.max(...traceEvents.filter((e) => e.name === 'navigationStart').map((e) => e.ts))
  const events = traceEvents.filter((e) => e.ts >= t0)
  const parse = events.find((e) => e.name === 'ParseHTML')
  const onMain = (e) => e.pid === parse.pid && e.tid === parse.tid
  const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? Infinity
  const ofFile = (e) => (e.args?.data?.url || e.args?.fileName || '').endsWith(file)
  const cpu = (list) => list.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000
  // The outermost main-thread events that ran the bundle's code (nested ones are inside them).
  const own = events.filter((e) => onMain(e) && e.dur && ['EvaluateScript', 'FunctionCall'].includes(e.name) && ofFile(e))
  const outer = own.filter((e) => !own.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur))
  const evaluate = own.find((e) => e.name === 'EvaluateScript')
  const inEvaluate = (e) => evaluate && onMain(e) && e.ts >= evaluate.ts && e.ts + (e.dur ?? 0) <= evaluate.ts + evaluate.dur
  const request = events.find((e) => e.name === 'ResourceSendRequest' && ofFile(e))
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && onMain(e))
  return {
    requestAtMs: request ? (request.ts - t0) / 1000 : null,
    evaluatedAtMs: evaluate ? (evaluate.ts + evaluate.dur - t0) / 1000 : null,
    domContentLoadedAtMs: dcl ? (dcl.ts - t0) / 1000 : null,
    requestToEvaluateMs: request && evaluate ? (evaluate.ts - request.ts) / 1000 : null,
    backgroundCompileMs: cpu(events.filter((e) => e.name === 'v8.parseOnBackground' && ofFile(e))),
    evaluateCpuMs: evaluate ? cpu([evaluate]) : null,
    // The evaluation's parts: compiling the file (on the main thread when it was not streamed,
    // as on a second load), running its top level, producing V8's code cache.
    compileCpuMs: cpu(events.filter((e) => inEvaluate(e) && e.name === 'v8.compile' && ofFile(e))),
    runCpuMs: cpu(events.filter((e) => inEvaluate(e) && e.name === 'v8.run' && ofFile(e))),
    produceCacheCpuMs: cpu(events.filter((e) => inEvaluate(e) && e.name === 'v8.produceCache' && ofFile(e))),
    sourcePositionsCpuMs: cpu(events.filter((e) => inEvaluate(e) && e.name === 'V8.CollectSourcePositions')),
    beforeFcpCpuMs: cpu(outer.filter((e) => e.ts < fcp)),
    afterFcpCpuMs: cpu(outer.filter((e) => e.ts >= fcp)),
  }
}

async function visit(tool) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await context.addInitScript(pageProbe, tool.banner)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
    const result = {}
    for (const step of ['first', 'return', 'third']) {
      await browser.startTracing(page, { categories: CATEGORIES })
      await page.goto(`${server.url}/p/${tool.id}`, { waitUntil: 'load' })
      await page.waitForTimeout(300)
      const probe = await page.evaluate(() => ({
        fcpMs: window.__bench.fcp,
        bannerMs: window.__bench.bannerAt,
        gatedMs: Object.keys(window.__bench.runs).length === 2 ? Math.max(...Object.values(window.__bench.runs)) : null,
      }))
      const trace = JSON.parse((await browser.stopTracing()).toString())
      result[step] = { ...probe, ...analyse(trace.traceEvents, tool.reference ? '\0' : `/${tool.id}/assent.js`) }
      if (step === 'first' && !tool.reference) {
        // A build without the UI (what a decided visitor would load if the UI were a file of its
        // own) has no banner: it decides through the API.
        if (probe.bannerMs === null) await page.evaluate(() => window.assent.acceptAll())
        else await page.locator(tool.acceptAll).first().click()
        await page.waitForFunction(() => Object.keys(window.__bench.runs).length === 2)
      }
      // As the bench does after its first-visit figures (JS heap): a forced full collection,
      // which also empties V8's in-memory compilation cache, so the return visit compiles the
      // bundle as a visitor's new session would (without it, the same renderer reuses it).
      if (step === 'first') await cdp.send('HeapProfiler.collectGarbage')
    }
    return result
  } finally {
    await context.close()
  }
}

const rows = [noTool, ...builds]
const samples = Object.fromEntries(rows.map((row) => [row.id, []]))
for (let run = 0; run < RUNS; run++) {
  for (let i = 0; i < rows.length; i++) samples[rows[(run + i) % rows.length].id].push(await visit(rows[(run + i) % rows.length]))
  console.error(`run ${run + 1}/${RUNS}`)
}
const metrics = ['requestAtMs', 'evaluatedAtMs', 'domContentLoadedAtMs', 'fcpMs', 'bannerMs', 'gatedMs', 'requestToEvaluateMs', 'backgroundCompileMs', 'evaluateCpuMs', 'compileCpuMs', 'runCpuMs', 'produceCacheCpuMs', 'sourcePositionsCpuMs', 'beforeFcpCpuMs', 'afterFcpCpuMs']
for (const step of ['first', 'return', 'third']) {
  console.log(`\n### ${step} visit, ${THROTTLE}x CPU, medians of ${RUNS}\n`)
  console.log(`| row | ${metrics.join(' | ')} |\n|${' --- |'.repeat(metrics.length + 1)}`)
  for (const row of rows) {
    console.log(`| ${row.id} | ${metrics.map((metric) => {
      const values = samples[row.id].map((s) => s[step][metric]).filter((v) => v !== null && v !== undefined)
      return values.length ? summarize(values).median.toFixed(1) : '-'
    }).join(' | ')} |`)
  }
}
await browser.close()
await server.close()
