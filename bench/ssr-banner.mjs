// The banner's first paint: server-rendered (renderBannerHTML in the first HTML, mountUI takes
// it over) against client-mounted (mountUI builds it after the module loads), on the same page,
// in Chromium with 4x CPU throttling and a 100 ms-latency network (so that the modules take a
// round trip, as on a real site). Alternates the two, fresh context per visit.
// Run: npm run build && node bench/ssr-banner.mjs [visits per variant, default 15]
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { pageProbe } from './page-probe.js'
import { summarize } from './stats.js'
import { renderBannerHTML } from '../dist/ui.js'

const DIST = new URL('../dist/', import.meta.url).pathname
const visits = Number(process.argv[2] ?? 15)
const config = { policy: { version: '1', url: '/privacy' }, categories: { necessary: { required: true }, analytics: {}, marketing: {} } }
const page = (ssr) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module">import { createConsent } from '/dist/index.js'; import { mountUI } from '/dist/ui.js'; mountUI(createConsent(${JSON.stringify(config)}))</script>
</head><body>${ssr ? renderBannerHTML(config) : ''}<main><h1>Page</h1><p>${'Text. '.repeat(200)}</p></main></body></html>`

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname
  if (path === '/ssr' || path === '/client') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(path === '/ssr'))
  try {
    const body = await readFile(join(DIST, path.replace(/^\/dist\//, '')))
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(body)
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const times = { ssr: [], client: [] }
const fcp = { ssr: [], client: [] }
const load = loadavg()[0]
for (let i = 0; i < visits * 2; i++) {
  const variant = i % 2 ? 'client' : 'ssr'
  const context = await browser.newContext()
  const tab = await context.newPage()
  const cdp = await context.newCDPSession(tab)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 1_600_000, uploadThroughput: 750_000 })
  await tab.addInitScript(pageProbe, '[data-assent-banner]')
  await tab.goto(`${url}/${variant}`)
  await tab.waitForFunction(() => window.__bench.bannerAt !== null, null, { timeout: 15_000 })
  times[variant].push(await tab.evaluate(() => window.__bench.bannerAt))
  fcp[variant].push(await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN))
  await context.close()
}
await browser.close()
server.close()

const line = (name, values) => {
  const { median, min, max } = summarize(values)
  return `${name.padEnd(16)} median ${median.toFixed(1)} ms   (min ${min.toFixed(1)}, max ${max.toFixed(1)})`
}
console.log(`banner first visible (ms after navigation start), ${visits} visits each, 4x CPU, 100 ms latency; load average at start ${load.toFixed(2)}, at end ${loadavg()[0].toFixed(2)}`)
console.log(line('server-rendered', times.ssr))
console.log(line('client-mounted', times.client))
console.log(`first contentful paint: server-rendered ${summarize(fcp.ssr).median.toFixed(1)} ms, client-mounted ${summarize(fcp.client).median.toFixed(1)} ms`)
