// Cost of gate's MutationObserver on a page that inserts 10,000 element nodes (200 batches of
// 50, half leaves, half with a child), with and without gate running. Each batch waits for the
// observers to have run, so their cost is inside the measured time.
// Usage: npm run build && node bench/gate-observer.mjs [runs]   (ASSENT_DIST=.tmp/x to use another build)
// Prints medians in ms and the ratio; a measurement, not a test: it asserts nothing.
import { measureWithAndWithout } from './observer-ab.mjs'

const RUNS = Number(process.argv[2] || 15)

const config = {
  policy: { version: '1' },
  categories: { necessary: { required: true }, analytics: { services: { ga4: { cookies: ['_ga*'] } } }, marketing: {} },
}

// The page inserts the nodes once told to, and reports the time taken.
const page = (withGate) => `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><main id="app"></main>
<script type="module">
import { createConsent } from '/dist/index.js'
${withGate ? "import { gate } from '/dist/gate.js'" : ''}
const consent = createConsent(${JSON.stringify(config)})
${withGate ? 'gate(consent)' : ''}
// Created after gate's: runs after it in the same microtask checkpoint.
let observed
new MutationObserver(() => observed()).observe(document, { childList: true, subtree: true })
window.run = async () => {
  const app = document.getElementById('app')
  const start = performance.now()
  for (let batch = 0; batch < 200; batch++) {
    const done = new Promise((resolve) => (observed = resolve))
    for (let i = 0; i < 25; i++) {
      app.append(document.createElement('span'))
      const item = document.createElement('div')
      item.append(document.createElement('i'))
      app.append(item)
    }
    await done
  }
  const ms = performance.now() - start
  app.replaceChildren()
  return ms
}
</script></body></html>`

await measureWithAndWithout({ page, part: 'gate', runs: RUNS })
