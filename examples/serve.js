// `npm start`: builds what is missing, then serves the examples and the consent endpoint on
// 127.0.0.1 (PORT, default 8080) and prints the URLs.
import { existsSync } from 'node:fs'
import { execSync, spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = (command) => execSync(command, { cwd: ROOT, stdio: 'inherit' })

if (!existsSync(join(ROOT, 'dist', 'assent.js')) || !existsSync(join(ROOT, 'dist', 'server.js'))) run('npm run build')
if (!existsSync(join(ROOT, 'examples', 'spa', 'dist', 'index.html'))) run('npx vite build examples/spa --logLevel warn')
if (!existsSync(join(ROOT, 'examples', 'react-vite', 'dist', 'index.html'))) run('npx vite build examples/react-vite --logLevel warn')
// The Next.js example runs on its own server (`next start`, production build) on the next port.
const NEXT_DIR = join(ROOT, 'examples', 'next')
if (!existsSync(join(NEXT_DIR, '.next', 'BUILD_ID'))) run('npx next build examples/next')

const { startDemo } = await import('./demo-server.js')
const demo = await startDemo({ port: Number(process.env.PORT ?? 8080), adminToken: process.env.ASSENT_ADMIN_TOKEN })
const nextPort = Number(process.env.NEXT_PORT ?? Number(new URL(demo.url).port) + 1)
const nextApp = spawn(process.execPath, [join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', NEXT_DIR, '-p', String(nextPort), '-H', '127.0.0.1'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
console.log(`assent demo on ${demo.url}
  script tag example   ${demo.url}/script-tag/
    as a Californian   ${demo.url}/script-tag/?region=US-CA   (also DE, GB, JP: the regimes of docs/regimes.md)
  single-page app      ${demo.url}/spa/
  React (Vite) app     ${demo.url}/react-vite/
  Next.js app          http://127.0.0.1:${nextPort}/   (server-rendered, next start)
  pixelant (policy)    ${demo.url}/pixelant/
  consent endpoint     ${demo.url}/consent/v1/health   (records in data/consent.db)
Press Ctrl+C to stop.`)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {
  nextApp.kill()
  demo.close().then(() => process.exit(0))
})
