// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { version } from '../../src/version'

describe('package', () => {
  it('src/version.ts matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(version).toBe(pkg.version)
  })

  it('the core can be imported in Node (SSR) without touching the DOM', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined')
    const core = await import('../../src/index')
    expect(typeof core.createConsent).toBe('function')
  })
})
