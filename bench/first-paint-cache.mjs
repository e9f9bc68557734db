// First paint with assent's script tag in <head>, by what the visitor already has: a first visit
// (the bundle fetched while it holds the parser), an undecided visit with the bundle in the HTTP
// cache (the banner shown), a decided visit (no banner), and the same page with no tool. It
// separates the cost of fetching a parser-blocking file from the cost of the banner's paint.
// Usage: npm run build && node bench/first-paint-cache.mjs [runs] (CPU=4 for 4x throttling).
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const runs = Number(process.argv[2] || 15)
const cpu = Number(process.env.CPU || 1)
const bundle = readFileSync(new URL('../dist/assent.js', import.meta.url))
const config = JSON.stringify({ policy: { version: '1' }, categories: { necessary: { required: true }, analytics: {}, marketing: {} } })
const html = (tool) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first paint</title>
${tool ? `<script type="application/json" id="assent-config">${config}</script><script src="/assent.js"></script>` : ''}
</head><body><h1>Shop</h1><p>${'A page of content under the banner. '.repeat(40)}</p></body></html>`

const server = createServer((request, response) => {
  if (request.url == '/assent.js') {
    response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' })
    return response.end(bundle)
  }
  response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' })
  response.end(html(request.url != '/none'))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })

/** FCP of one fresh visitor; `before` prepares the profile (cache, cookie) first. */
async function firstPaint(path, before) {
  const context = await browser.newContext()
  const page = await context.newPage()
  if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu })
  if (before) {
    await page.goto(url + '/')
    await before(page)
    await page.goto('about:blank')
  }
  await page.goto(url + path)
  const fcp = await page.evaluate(() => new Promise((resolve) => new PerformanceObserver((list) => {
    const entry = list.getEntries().find((e) => e.name == 'first-contentful-paint')
    if (entry) resolve(entry.startTime)
  }).observe({ type: 'paint', buffered: true })))
  await context.close()
  return fcp
}

const visits = {
  'no consent tool': () => firstPaint('/none'),
  'assent, first visit (bundle fetched)': () => firstPaint('/'),
  'assent, undecided, bundle in cache (banner shown)': () => firstPaint('/', async () => {}),
  'assent, decided, bundle in cache (no banner)': () => firstPaint('/', (page) => page.evaluate(() => window.assent.acceptAll())),
}
const results = Object.fromEntries(Object.keys(visits).map((name) => [name, []]))
// Interleaved: each round measures every visit once, so drift hits them alike.
for (let round = 0; round < runs; round++) for (const name in visits) results[name].push(await visits[name]())
await browser.close()
server.close()

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const reference = median(results['no consent tool'])
console.log(`FCP, ${runs} fresh visitors each, CPU ${cpu}x, medians (min-max)\n`)
console.log('| visit | FCP ms | vs no tool |\n| --- | ---: | ---: |')
for (const name in results) {
  const values = results[name]
  console.log(`| ${name} | ${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}) | ${name == 'no consent tool' ? '' : `${median(values) >= reference ? '+' : ''}${(median(values) - reference).toFixed(0)} ms`} |`)
}
