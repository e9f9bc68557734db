// Builds the React SPA into examples/react-vite/dist, served by `npm start` under /react-vite/.
// The `assent` imports resolve to this repository's build, as they would to
// node_modules/assent. JSX needs no plugin: Vite's own transform compiles .tsx with React's
// automatic runtime (no Fast Refresh, which a built example does not need).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// A build for production takes dist/production/, as package.json's "production" condition
// sends a production bundler there from node_modules/assent.
export default defineConfig(({ mode }) => {
  const dist = (file: string) => fileURLToPath(new URL(`../../dist/${mode == 'production' ? 'production/' : ''}${file}`, import.meta.url))
  return {
    base: '/react-vite/',
    resolve: {
      alias: [
        { find: /^assent$/, replacement: dist('index.js') },
        { find: /^assent\/(gate|ui|sync|google|react)$/, replacement: dist('$1.js') },
      ],
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      rollupOptions: {
        // assent/react starts with 'use client' for React Server Components (Next.js); a client
        // bundle has no use for it, and @vitejs/plugin-react silences this warning the same way.
        onwarn(warning, warn) {
          if (!(warning.code == 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client'))) warn(warning)
        },
      },
    },
  }
})
