// Cost of autoblock (its MutationObserver, the patched insertion methods and setters) on a page
// that inserts 10,000 element nodes (200 batches of 50: spans, divs with a child, and in each
// batch one image whose src is checked against the rules), with and without autoblock running.
// Each batch waits for the observers to have run, so their cost is inside the measured time.
// Usage: npm run build && node bench/autoblock-observer.mjs [runs]   (ASSENT_DIST=.tmp/x to use another build)
// Prints medians in ms and the ratio; a measurement, not a test: it asserts nothing.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const ROOT = new URL('../', import.meta.url).pathname
const DIST = join(ROOT, process.env.ASSENT_DIST || 'dist')
const RUNS = Number(process.argv[2] || 15)

// Hosts of a few services, as catalogue entries would bring them.
const config = {
  policy: { version: '1' },
  categories: {
    necessary: { required: true },
    analytics: { services: { ga4: { hosts: ['*.google-analytics.com', '*.analytics.google.com', '*.googletagmanager.com'] }, hotjar: { hosts: ['*.hotjar.com', '*.hotjar.io'] } } },
    marketing: { services: { facebook: { hosts: ['connect.facebook.net', 'www.facebook.com'] }, youtube: { hosts: ['www.youtube.com', 'www.youtube-nocookie.com'] } } },
  },
}
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'

// The page inserts the nodes once told to, and reports the time taken.
const page = (withAutoblock) => `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><main id="app"></main>
<script type="module">
import { createConsent } from '/dist/index.js'
${withAutoblock ? "import { autoblock } from '/dist/autoblock.js'" : ''}
const consent = createConsent(${JSON.stringify(config)})
${withAutoblock ? 'autoblock(consent)' : ''}
// Created after autoblock's: runs after it in the same microtask checkpoint.
let observed
new MutationObserver(() => observed()).observe(document, { childList: true, subtree: true })
window.run = async () => {
  const app = document.getElementById('app')
  const start = performance.now()
  for (let batch = 0; batch < 200; batch++) {
    const done = new Promise((resolve) => (observed = resolve))
    for (let i = 0; i < 25; i++) {
      if (i) app.append(document.createElement('span'))
      else {
        const image = document.createElement('img')
        image.src = '${PIXEL}'
        app.appendChild(image)
      }
      const item = document.createElement('div')
      item.appendChild(document.createElement('i'))
      app.append(item)
    }
    await done
  }
  const ms = performance.now() - start
  app.replaceChildren()
  return ms
}
</script></body></html>`

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname
  if (path === '/with' || path === '/without') {
    res.writeHead(200, { 'content-type': 'text/html' })
    return res.end(page(path === '/with'))
  }
  if (path.startsWith('/dist/')) {
    try {
      const body = await readFile(join(DIST, path.slice(6)))
      res.writeHead(200, { 'content-type': 'text/javascript' })
      return res.end(body)
    } catch {}
  }
  res.writeHead(404).end()
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const times = { without: [], with: [] }
for (let run = 0; run < RUNS; run++) {
  // Alternate, so that drift on the machine affects both alike.
  for (const kind of run % 2 ? ['with', 'without'] : ['without', 'with']) {
    const tab = await browser.newPage()
    await tab.goto(`${base}/${kind}`)
    await tab.waitForFunction(() => typeof window.run === 'function')
    await tab.evaluate(() => window.run()) // warm-up
    times[kind].push(await tab.evaluate(() => window.run()))
    await tab.close()
  }
}
await browser.close()
server.close()

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const without = median(times.without)
const withAutoblock = median(times.with)
console.log(`10,000 nodes inserted in 200 batches, ${RUNS} runs each (Chromium ${browser.version()})`)
console.log(`median without autoblock: ${without.toFixed(2)} ms`)
console.log(`median with autoblock:    ${withAutoblock.toFixed(2)} ms`)
console.log(`ratio with/without:       ${(withAutoblock / without).toFixed(2)}`)
