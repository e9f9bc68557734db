// @vitest-environment node
// The script-tag example carries catalogue entries written out in JSON: they must stay equal to
// the catalogue, or the example would teach stale cookie lists.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { googleAnalytics, metaPixel, youtube } from '../../src/services/index'
import { resolveConfig } from '../../src/core/config'

const source = readFileSync(new URL('../../examples/script-tag/assent-config.js', import.meta.url), 'utf8')
// The file is `window.assentConfig = <JSON>` after its comments.
const config = JSON.parse(source.slice(source.indexOf('= {') + 2))

describe('examples/script-tag/assent-config.js', () => {
  it('holds the catalogue entries as they are today', () => {
    expect(config.categories.analytics.services.ga4).toEqual(googleAnalytics)
    expect(config.categories.marketing.services.facebook).toEqual(metaPixel)
    expect(config.categories.marketing.services.youtube).toEqual(youtube)
  })
  it('is a valid core config', () => {
    const { ui, sync, google, ...core } = config
    expect(ui && sync && google).toBeTruthy()
    expect(() => resolveConfig(core)).not.toThrow()
  })
})
