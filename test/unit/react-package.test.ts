// @vitest-environment node
// React stays in assent/react: no other entry's source imports it, and the React entry can be
// imported and rendered on a server (Node, no DOM).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

const SRC = new URL('../../src/', import.meta.url).pathname

describe('assent/react packaging', () => {
  it('no source outside src/react imports react', () => {
    const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.startsWith('react'))
    expect(files.length).toBeGreaterThan(20)
    const importers = files.filter((file) => /from '(react|react-dom)(\/[^']*)?'/.test(readFileSync(join(SRC, file), 'utf8')))
    expect(importers).toEqual([])
  })

  it('declares react as an optional peer (^18 || ^19), in the one peerDependencies field', () => {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
    // JSON.parse keeps only the last of two same-named fields: the others' peers would be lost.
    const topLevel = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((match) => match[1])
    expect(topLevel.filter((key, i) => topLevel.indexOf(key) !== i)).toEqual([])
    const { peerDependencies, peerDependenciesMeta } = JSON.parse(text)
    expect(peerDependencies.react).toBe('^18 || ^19')
    expect(peerDependenciesMeta.react).toEqual({ optional: true })
    for (const name of ['@duckduckgo/autoconsent', 'playwright-core', 'better-sqlite3', 'pg']) expect(peerDependenciesMeta[name]).toEqual({ optional: true })
  })

  it('imports and renders in Node without a DOM', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined')
    const { AssentProvider, Consent } = await import('../../src/react/index')
    const { createElement: h } = await import('react')
    const { renderToString } = await import('react-dom/server')
    const config = { policy: { version: '1' }, categories: { analytics: {} } }
    const html = renderToString(h(AssentProvider, { config }, h(Consent, { name: 'analytics', fallback: 'off' }, 'on')))
    expect(html).toBe('off')
  })

  it('renders the banner host for an undecided visitor in Node, with its class, and no warning', async () => {
    const { AssentProvider } = await import('../../src/react/index')
    const { createElement: h } = await import('react')
    const { renderToString } = await import('react-dom/server')
    const config = { policy: { version: '1' }, categories: { analytics: {} } }
    const errors = vi.spyOn(console, 'error')
    const html = renderToString(h(AssentProvider, { config, record: null, ui: { theme: 'dark' } }, 'page'))
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
    expect(html).toMatch(/^<assent-ui class="dark bar" lang="en" data-assent-ssr="" data-assent-state="banner"><template shadowrootmode="open">/)
    expect(html).toMatch(/<\/assent-ui>page$/)
  })
})
