// Writes docs/services.md from the built catalogue. Usage: npm run build && node scripts/services-doc.mjs
// (ASSENT_DIST=<folder> for another build). test/unit/services-doc.test.ts fails when the page is stale.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { renderServicesDoc } from './services-doc-render.mjs'

const root = new URL('..', import.meta.url).pathname
const { services } = await import(pathToFileURL(join(root, process.env.ASSENT_DIST || 'dist', 'services.js')).href)
await writeFile(join(root, 'docs', 'services.md'), renderServicesDoc(services))
console.log(`docs/services.md: ${services.length} services`)
