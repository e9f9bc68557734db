// `npm start`: builds what is missing, then serves the examples and the consent endpoint on
// 127.0.0.1 (PORT, default 8080) and prints the URLs.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = (command) => execSync(command, { cwd: ROOT, stdio: 'inherit' })

if (!existsSync(join(ROOT, 'dist', 'assent.js')) || !existsSync(join(ROOT, 'dist', 'server.js'))) run('npm run build')
if (!existsSync(join(ROOT, 'examples', 'spa', 'dist', 'index.html'))) run('npx vite build examples/spa --logLevel warn')
if (!existsSync(join(ROOT, 'examples', 'react-vite', 'dist', 'index.html'))) run('npx vite build examples/react-vite --logLevel warn')

const { startDemo } = await import('./demo-server.js')
const demo = await startDemo({ port: Number(process.env.PORT ?? 8080), adminToken: process.env.ASSENT_ADMIN_TOKEN })
console.log(`assent demo on ${demo.url}
  script tag example   ${demo.url}/script-tag/
  single-page app      ${demo.url}/spa/
  React (Vite) app     ${demo.url}/react-vite/
  pixelant (policy)    ${demo.url}/pixelant/
  consent endpoint     ${demo.url}/consent/v1/health   (records in data/consent.db)
Press Ctrl+C to stop.`)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => demo.close().then(() => process.exit(0)))
