// Builds of the script-tag bundle that say what a returning (decided) visitor's cost is made of,
// for `npm run bench:return` and `npm run bench:trace` (never shipped): written to
// .tmp/variants/<id>/assent.js from rollup.config.mjs's own script-tag build.
// - `noui`: the bundle without the UI (banner and preferences): what a decided visitor would
//   fetch and compile if the UI were a file of its own, loaded only when it is shown;
// - `nohint`: the bundle with its compile hint turned off (the same bytes, `#` made a space);
// - `noui-nohint`: both.
// Usage: npm run bench:return-variants (in bench/), after npm run build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { rollup } from 'rollup'

const root = new URL('../', import.meta.url).pathname
// rollup.config.mjs names its files relative to the repository root.
process.chdir(root)
const { default: configs } = await import('../rollup.config.mjs')
const tag = configs.find((config) => [config.output].flat().some((output) => output.format === 'iife'))

/** The entry without the UI: mountUI and its option check become no-ops, and the global
 * `Assent` no longer carries mountUI. Fails loudly if src/browser.ts no longer reads so. */
const withoutUI = {
  name: 'without-ui',
  transform(code, id) {
    if (!id.endsWith('/src/browser.ts')) return null
    // The code may reach this hook already transpiled (quotes, semicolons): matched loosely.
    const edits = [
      [/import\s*\{\s*mountUI\s*\}\s*from\s*['"]\.\/ui\/index['"];?/, 'const mountUI = (..._) => {};'],
      [/import\s*\{\s*checkOptions as checkUIOptions\s*\}\s*from\s*['"]\.\/ui\/options['"];?/, 'const checkUIOptions = (o) => o;'],
      [/export\s*\{\s*createConsent,\s*gate,\s*mountUI,/, 'export { createConsent, gate,'],
    ]
    for (const [from, to] of edits) {
      if (!from.test(code)) this.error(`src/browser.ts no longer matches ${from}`)
      code = code.replace(from, to)
    }
    return { code, map: null }
  },
}

async function build(id, plugins) {
  const file = `${root}.tmp/variants/${id}/assent.js`
  const bundle = await rollup({ ...tag, plugins: [...plugins, ...tag.plugins], onwarn: () => {} })
  await bundle.write({ ...tag.output, file })
  await bundle.close()
  return file
}

const withoutHint = (file, id) => {
  const text = readFileSync(file, 'utf8')
  if (!text.startsWith('//# allFunctionsCalledOnLoad')) throw new Error(`${file} does not start with the compile hint`)
  const out = `${root}.tmp/variants/${id}/assent.js`
  mkdirSync(new URL('.', `file://${out}`).pathname, { recursive: true })
  writeFileSync(out, text.replace('//#', '// '))
}

const full = await build('full', [])
const noui = await build('noui', [withoutUI])
withoutHint(full, 'nohint')
withoutHint(noui, 'noui-nohint')
for (const id of ['full', 'noui', 'nohint', 'noui-nohint']) {
  console.log(`.tmp/variants/${id}/assent.js ${readFileSync(`${root}.tmp/variants/${id}/assent.js`).length} B`)
}
