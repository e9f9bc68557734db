// Bytes a user ships: each file minified (the shipped file, or esbuild's minification of it
// when that is smaller), then gzip -9 and brotli quality 11 of the minified bytes.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build, transform } from 'esbuild'

function compressed(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

async function minified(file) {
  const raw = await readFile(file)
  const loader = file.endsWith('.css') ? 'css' : 'js'
  const { code } = await transform(raw.toString('utf8'), { loader, minify: true, legalComments: 'none' })
  const smaller = Buffer.byteLength(code) < raw.length ? Buffer.from(code) : raw
  return smaller
}

const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli })

/** Sum over the files a script-tag user loads for one tool, with the per-file figures. */
export async function sizeOfTool(tool) {
  const files = []
  let total = { min: 0, gzip: 0, brotli: 0 }
  for (const name of tool.files) {
    const size = compressed(await minified(join(tool.dir(), name)))
    files.push({ file: name, ...size })
    total = add(total, size)
  }
  return { ...total, files }
}

/** One file as the bench serves it (unminified if so shipped): its bytes, and gzip and brotli of them. */
export async function sizeOfServedFile(dir, name) {
  return compressed(await readFile(join(dir, name)))
}

/** An assent entry as an npm user bundles it, e.g. `import { createConsent } from 'assent'`. */
export async function sizeOfImport(distDir, file, names) {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(join(distDir, file))}`, resolveDir: distDir },
    bundle: true, minify: true, format: 'esm', write: false, legalComments: 'none', platform: 'browser',
  })
  return { ...compressed(Buffer.from(result.outputFiles[0].contents)), files: [{ file: `${file} (bundled: { ${names} })` }] }
}
