// Builds the SPA into examples/spa/dist, served by `npm start` under /spa/. The `assent`
// imports resolve to this repository's build, as they would to node_modules/assent.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// A build for production takes dist/production/, as package.json's "production" condition
// sends a production bundler there from node_modules/assent.
export default defineConfig(({ mode }) => {
  const dist = (file: string) => fileURLToPath(new URL(`../../dist/${mode == 'production' ? 'production/' : ''}${file}`, import.meta.url))
  return {
    base: '/spa/',
    resolve: {
      alias: [
        { find: /^assent$/, replacement: dist('index.js') },
        { find: /^assent\/(gate|ui|sync|google)$/, replacement: dist('$1.js') },
      ],
    },
    build: { outDir: 'dist', emptyOutDir: true },
  }
})
