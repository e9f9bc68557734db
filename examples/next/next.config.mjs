// The Next.js App Router example. `assent` resolves to this repository's build (dist/), as it
// would to node_modules/assent; `npm start` (examples/serve.js) builds it with `next build`
// and serves it with `next start`.
import { fileURLToPath } from 'node:url'

const dist = (file) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url))
const aliases = Object.fromEntries(['gate', 'ui', 'react', 'server'].map((name) => [`assent/${name}`, dist(`${name}.js`)]))

/** @type {import('next').NextConfig} */
export default {
  // The workspace root is the repository: its node_modules hold next and react.
  turbopack: { root: fileURLToPath(new URL('../../', import.meta.url)), resolveAlias: { assent: dist('index.js'), ...aliases } },
  // The server entry loads its database drivers lazily; they stay out of the bundle.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
}
