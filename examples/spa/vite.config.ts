// Builds the SPA into examples/spa/dist, served by `npm start` under /spa/. The `assent`
// imports resolve to this repository's build, as they would to node_modules/assent.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url))

export default defineConfig({
  base: '/spa/',
  resolve: {
    alias: [
      { find: /^assent$/, replacement: dist('index.js') },
      { find: /^assent\/(gate|ui|sync|google)$/, replacement: dist('$1.js') },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true },
})
