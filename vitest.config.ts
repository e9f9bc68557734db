import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// React 18, installed apart from the root's React 19 (test/react18/package.json), so that
// react-dom 18 requires its own React 18 when Node loads it.
const react18 = fileURLToPath(new URL('./test/react18/node_modules/', import.meta.url))

// Four projects: unit (happy-dom, src), unit-react18 (the React tests again, on React 18: the
// peer range is ^18 || ^19), server (Node, real HTTP + databases), browser (Node driving
// Debian's Chromium through playwright-core, against dist/).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'happy-dom', include: ['test/unit/**/*.test.ts'] },
      },
      {
        // Both `react` and `react-dom` (and their subpaths) from test/react18, for src/react and
        // the tests alike; test/unit/react.test.ts checks the version it got.
        resolve: { alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18}$1$2` }] },
        test: { name: 'unit-react18', environment: 'happy-dom', include: ['test/unit/react*.test.ts'], env: { ASSENT_REACT_MAJOR: '18' } },
      },
      {
        test: { name: 'server', environment: 'node', include: ['test/server/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: one Chromium at a time keeps timings honest and the machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
})
