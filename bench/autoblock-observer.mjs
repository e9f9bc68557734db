// Cost of autoblock (its MutationObserver, the patched insertion methods and setters) on a page
// that inserts 10,000 element nodes (200 batches of 50: spans, divs with a child, and in each
// batch one image whose src is checked against the rules), with and without autoblock running.
// Each batch waits for the observers to have run, so their cost is inside the measured time.
// Usage: npm run build && node bench/autoblock-observer.mjs [runs]   (ASSENT_DIST=.tmp/x to use another build)
// Prints medians in ms and the ratio; a measurement, not a test: it asserts nothing.
import { measureWithAndWithout } from './observer-ab.mjs'

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

await measureWithAndWithout({ page, part: 'autoblock', runs: RUNS })
