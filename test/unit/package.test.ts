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

  it('the core runs in Node: a decision can be made without a DOM', async () => {
    const { createConsent } = await import('../../src/index')
    const consent = createConsent({ policy: { version: '1' }, categories: { analytics: {} } })
    expect(consent.decided).toBe(false)
    expect(consent.acceptAll().url).toBe('')
    expect(consent.granted('analytics')).toBe(true)
    consent.destroy()
  })
})
