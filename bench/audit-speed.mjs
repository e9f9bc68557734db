// How long `assent audit` takes on a 5-page site in its 5 phases (docs/audit.md quotes it).
// The site: five linked pages with the script-tag bundle, a gated Google tag and Meta Pixel
// (the examples' stand-ins, answered locally through --dev-route). Needs `npm run build`.
// Usage: node bench/audit-speed.mjs [runs=3]
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { loadavg, tmpdir, cpus } from 'node:os'
import { join } from 'node:path'

const ROOT = new URL('..', import.meta.url).pathname
const runs = Number(process.argv[2] ?? 3)
const standIn = (file) => readFileSync(join(ROOT, 'examples/stand-ins', file), 'utf8')
const config = { policy: { version: '1' }, categories: { necessary: { required: true },
  analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'] } } }, marketing: { services: { facebook: { cookies: ['_fbp'] } } } } }
const page = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${n}</title>
<script type="application/json" id="assent-config">${JSON.stringify(config)}</script><script src="/assent.js"></script>
<script type="text/plain" data-assent="analytics" data-assent-service="ga4" src="https://www.googletagmanager.com/gtag/js?id=G-BENCH"></script>
<script type="text/plain" data-assent="marketing" data-assent-service="facebook" src="https://connect.facebook.net/en_US/fbevents.js"></script>
</head><body><h1>Page ${n}</h1><nav>${[1, 2, 3, 4, 5].map((i) => `<a href="/p${i}.html">Page ${i}</a>`).join(' ')}</nav>
<footer><a href="#" data-assent-open>Cookie settings</a></footer></body></html>`

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname
  const host = req.headers['x-forwarded-host']
  const send = (type, body) => void res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
  if (host === 'www.googletagmanager.com') return send('text/javascript', standIn('cookie-domain.js') + ';' + standIn('gtag.js'))
  if (host === 'connect.facebook.net') return send('text/javascript', standIn('cookie-domain.js') + ';' + standIn('fbevents.js'))
  if (path === '/assent.js') return send('text/javascript', readFileSync(join(ROOT, 'dist/assent.js')))
  const match = /^\/(?:p([1-5])\.html)?$/.exec(path)
  if (match) return send('text/html; charset=utf-8', page(match[1] ?? 1))
  res.writeHead(404).end()
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}`

function audit() {
  const out = mkdtempSync(join(tmpdir(), 'assent-bench-'))
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, [join(ROOT, 'bin/assent.js'), 'audit', `${base}/`, '--pages', '5', '--out', out,
    '--dev-route', `www.googletagmanager.com=${base}`, '--dev-route', `connect.facebook.net=${base}`], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  return new Promise((resolve, reject) => child.on('close', (code) => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))
    rmSync(out, { recursive: true, force: true })
    const pages = Object.values(report.phases).map((phase) => phase.pages.length)
    if (code !== 0 || pages.some((n) => n !== 5)) reject(new Error(`audit exit ${code}, pages per phase ${pages}: ${stderr}`))
    else resolve(seconds)
  }))
}

const times = []
const load = [loadavg()[0]]
for (let i = 0; i < runs; i++) {
  times.push(await audit())
  load.push(loadavg()[0])
}
server.close()
times.sort((a, b) => a - b)
console.log(`assent audit, 5 pages x 5 phases, ${runs} runs on ${cpus().length} cores: median ${times[Math.floor(times.length / 2)].toFixed(1)} s` +
  ` (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}); 1-min load average ${Math.min(...load).toFixed(1)} to ${Math.max(...load).toFixed(1)}`)
