// The builds: the browser entries as ESM with shared chunks (what npm users import), again for
// production bundlers, the script-tag bundle as one minified IIFE (served, and its debug twin),
// the Node server and the audit CLI.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import typescript from '@rollup/plugin-typescript'
import terser from '@rollup/plugin-terser'
import { nodeResolve } from '@rollup/plugin-node-resolve'

const ts = () => typescript({
  tsconfig: './tsconfig.build.json',
  // Declarations come from `tsc -p tsconfig.build.json`; rollup only transpiles.
  compilerOptions: { declaration: false, emitDeclarationOnly: false, declarationDir: undefined, sourceMap: true },
})

// ASSENT_OUT lets parallel work build into its own folder (default: dist).
const out = process.env.ASSENT_OUT || 'dist'

const browserEntries = {
  index: 'src/index.ts',
  gate: 'src/gate/index.ts',
  ui: 'src/ui/index.ts',
  sync: 'src/sync/index.ts',
  google: 'src/google/index.ts',
  react: 'src/react/index.ts',
  autoblock: 'src/autoblock/index.ts',
  services: 'src/services/index.ts',
}
// Translations are separate modules so that unused languages cost nothing.
const localeDir = 'src/ui/locales'
if (existsSync(localeDir)) {
  for (const file of readdirSync(localeDir)) {
    if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
      browserEntries[`locales/${file.slice(0, -3)}`] = `${localeDir}/${file}`
    }
  }
}

// The SQLite writer thread is plain JavaScript run by new Worker(URL): copied as it is, with the
// transaction it shares with the event-loop writer (sqlite-commit.js, also bundled into the
// server chunk for that writer) copied beside it, and the URL in sqlite-writer.ts pointed at the
// copy from whichever chunk the code lands in.
const WRITER_URL = /new URL\((['"])\.\/sqlite-writer-thread\.js\1, import\.meta\.url\)/
const COMMIT_IMPORT = /from '\.\/sqlite-commit\.js'/
const sqliteWriterThread = () => ({
  name: 'sqlite-writer-thread',
  transform(code, id) {
    if (!id.endsWith('/src/server/sqlite-writer.ts')) return null
    if (!WRITER_URL.test(code)) this.error('sqlite-writer.ts no longer names ./sqlite-writer-thread.js')
    const thread = readFileSync('src/server/sqlite-writer-thread.js', 'utf8')
    if (!COMMIT_IMPORT.test(thread)) this.error("sqlite-writer-thread.js no longer imports './sqlite-commit.js'")
    this.emitFile({ type: 'asset', fileName: 'server-sqlite-commit.js', source: readFileSync('src/server/sqlite-commit.js', 'utf8') })
    const ref = this.emitFile({ type: 'asset', fileName: 'server-sqlite-writer-thread.js', source: thread.replace(COMMIT_IMPORT, "from './server-sqlite-commit.js'") })
    return { code: code.replace(WRITER_URL, `new URL(import.meta.ROLLUP_FILE_URL_${ref})`), map: null }
  },
})

// The builds for package.json's "production" condition (dist/production/) and the served script
// tag (dist/assent.js): config errors name their field without saying what it must be, so that
// none of the explanations ships (src/core/explain.ts); the message says which build does.
// A bundler building for production picks them; without a bundler, or in development, the
// default builds explain, and dist/assent.debug.js is the script tag that explains.
const shortConfigErrors = (explainedBy) => ({
  name: 'short-config-errors',
  load: (id) => (id.endsWith('/src/core/explain.ts') ? `export const EXPLAIN = false; export const EXPLAINED_BY = ${JSON.stringify(explainedBy)}` : null),
  // The name written into the message itself: esbuild (a user's bundler) keeps a string
  // constant as a variable rather than inline it (+15 B brotli).
  transform(code, id) {
    if (!id.endsWith('/src/core/config-error.ts')) return null
    if (!code.includes('${EXPLAINED_BY}')) this.error('config-error.ts no longer writes ${EXPLAINED_BY} into its message')
    return { code: code.replace('${EXPLAINED_BY}', explainedBy), map: null }
  },
})

/** The script-tag bundle: one minified IIFE, global `Assent`. */
const scriptTag = (file, plugins, sourcemap) => ({
  input: 'src/browser.ts',
  output: { file, format: 'iife', name: 'Assent', sourcemap },
  plugins: [...plugins, nodeResolve({ browser: true }), ts(), terser({
    ecma: 2020,
    compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
    // Chromium's explicit compile hint: compile every function while the file streams in,
    // off the main thread, rather than each on its first call (on a click, say). Measured in
    // docs/bench.md: less script time on load and a faster "accept all".
    format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
  })],
})

/** The npm browser entries as ESM with shared chunks, into `dir`. */
const browserBuild = (dir, input, plugins = []) => ({
  input,
  output: {
    dir, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js',
    // assent/react's components and hooks run on the client: the directive lets a Next.js
    // server component import them (rollup drops directives from sources).
    banner: (chunk) => (chunk.name == 'react' && chunk.isEntry ? "'use client';" : ''),
  },
  // assent/react's peer dependency, never bundled.
  external: ['react'],
  plugins: [...plugins, nodeResolve({ browser: true }), ts()],
})

export default [
  browserBuild(out, browserEntries),
  // The translations are data, the same in both builds.
  browserBuild(`${out}/production`, Object.fromEntries(Object.entries(browserEntries).filter(([name]) => !name.startsWith('locales/'))), [shortConfigErrors('a development build')]),
  // The served script tag, with the short config errors. The map ships beside the file
  // (dist/assent.js.map) without a sourceMappingURL comment: that line costs every visitor 44 B
  // brotli and only a developer uses it (DevTools can add the map by hand).
  scriptTag(`${out}/assent.js`, [shortConfigErrors('assent.debug.js')], 'hidden'),
  // The same bundle with every explanation, for a developer to load instead (README "Script
  // tag"); its map is linked.
  scriptTag(`${out}/assent.debug.js`, [], true),
  {
    input: { server: 'src/server/index.ts', 'server-cli': 'src/server/cli.ts' },
    output: { dir: out, format: 'es', sourcemap: true, chunkFileNames: 'chunks/server-[name]-[hash].js' },
    external: (id) => id.startsWith('node:') || ['better-sqlite3', 'pg'].includes(id),
    plugins: [ts(), sqliteWriterThread()],
  },
  {
    // `assent audit`: its browser driver and consent-tool rules are optional peers, loaded at run time.
    input: { 'audit-cli': 'src/audit/cli.ts' },
    output: { dir: out, format: 'es', sourcemap: true, chunkFileNames: 'chunks/audit-[name]-[hash].js' },
    external: (id) => id.startsWith('node:') || ['playwright-core', '@duckduckgo/autoconsent'].includes(id),
    plugins: [ts()],
  },
]
