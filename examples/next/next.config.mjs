// The Next.js App Router example. `assent` resolves to this repository's build (dist/), as it
// would to node_modules/assent; `npm start` (examples/serve.js) builds it with `next build`
// and serves it with `next start`.
import { fileURLToPath } from 'node:url'

// `next build` takes dist/production/ (client and server), as package.json's "production"
// condition sends it there from node_modules/assent; `next dev` the default build.
const build = process.env.NODE_ENV == 'production' ? 'production/' : ''
const dist = (file) => fileURLToPath(new URL(`../../dist/${file == 'server.js' ? '' : build}${file}`, import.meta.url))
const aliases = Object.fromEntries(['gate', 'ui', 'react', 'server'].map((name) => [`assent/${name}`, dist(`${name}.js`)]))

/** @type {import('next').NextConfig} */
export default {
  // The workspace root is the repository: its node_modules hold next and react.
  turbopack: { root: fileURLToPath(new URL('../../', import.meta.url)), resolveAlias: { assent: dist('index.js'), ...aliases } },
  // The server entry loads its database drivers lazily; they stay out of the bundle.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
}
