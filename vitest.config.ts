import { defineConfig } from 'vitest/config'

// Three projects: unit (happy-dom, src), server (Node, real HTTP + databases),
// browser (Node driving Debian's Chromium through playwright-core, against dist/).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'happy-dom', include: ['test/unit/**/*.test.ts'] },
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
