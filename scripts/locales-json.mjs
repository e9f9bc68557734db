// Writes docs/locales/LANG.json for every locale module, for script-tag sites (whose bundle has
// English only): the JSON goes into the config as `"ui": { "texts": { "fi": ... } }`.
// Usage: `npm run build && node scripts/locales-json.mjs`. It imports the built ES modules in
// dist/locales (plain data, our own build), so it never evaluates text as code; a source file
// newer than its build is an error, so a stale build cannot write stale JSON.
// test/unit/ui-locales-json.test.ts fails when a JSON file is out of date.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const sources = join(root, 'src/ui/locales')
const built = join(root, process.env.ASSENT_OUT || 'dist', 'locales')
const out = join(root, 'docs/locales')

const tags = readdirSync(sources).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).map((file) => file.slice(0, -3))
mkdirSync(out, { recursive: true })
// A language removed from src/ui/locales loses its JSON too.
for (const file of readdirSync(out)) if (file.endsWith('.json') && !tags.includes(file.slice(0, -5))) rmSync(join(out, file))

for (const tag of tags) {
  const module = join(built, `${tag}.js`)
  let builtAt
  try {
    builtAt = statSync(module).mtimeMs
  } catch {
    throw new Error(`${module} is missing: run \`npm run build\` first`)
  }
  if (statSync(join(sources, `${tag}.ts`)).mtimeMs > builtAt) throw new Error(`${module} is older than its source: run \`npm run build\` first`)
  const { default: texts } = await import(pathToFileURL(module).href)
  if (!texts || typeof texts.title != 'string') throw new Error(`${module} has no texts as its default export`)
  // Same serialisation as the test that checks these files.
  writeFileSync(join(out, `${tag}.json`), JSON.stringify(texts, null, 2) + '\n')
}
console.log(`docs/locales: ${tags.length} languages (${tags.join(', ')})`)
