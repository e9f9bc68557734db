// The A/B harness of the observer benches (gate-observer.mjs, autoblock-observer.mjs): serves a
// page with and without the part under test plus the built dist/, loads each in fresh tabs of
// Debian's Chromium in alternating order, calls the page's `window.run()` (once to warm up, once
// measured) and prints the medians and their ratio. A measurement, not a test: it asserts nothing.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const ROOT = new URL('../', import.meta.url).pathname
const DIST = join(ROOT, process.env.ASSENT_DIST || 'dist')

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** `page(withPart)`: the HTML of either page; `part`: its name in the printed lines. */
export async function measureWithAndWithout({ page, part, runs }) {
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
  for (let run = 0; run < runs; run++) {
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
  const version = browser.version()
  await browser.close()
  server.close()

  const without = median(times.without)
  const withPart = median(times.with)
  const pad = ' '.repeat(part.length)
  console.log(`10,000 nodes inserted in 200 batches, ${runs} runs each (Chromium ${version})`)
  console.log(`median without ${part}: ${without.toFixed(2)} ms`)
  console.log(`median with ${part}:    ${withPart.toFixed(2)} ms`)
  console.log(`ratio with/without: ${pad} ${(withPart / without).toFixed(2)}`)
}
