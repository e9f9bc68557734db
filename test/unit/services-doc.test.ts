// @vitest-environment node
// docs/services.md is generated from the catalogue (scripts/services-doc.mjs): this fails when
// an entry changed and the page was not regenerated.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { services } from '../../src/services/index'
import { renderServicesDoc } from '../../scripts/services-doc-render.mjs'

describe('docs/services.md', () => {
  const page = readFileSync(new URL('../../docs/services.md', import.meta.url), 'utf8')

  it('is up to date with src/services (run: npm run build && node scripts/services-doc.mjs)', () => {
    expect(page).toBe(renderServicesDoc(services))
  })

  it('has a table row and a JSON snippet, parseable and equal to the entry, for every service', () => {
    for (const service of services) {
      expect(page).toContain(`| [\`${service.id}\`](#${service.id}) |`)
      const snippet = page.split(`## ${service.id}\n`)[1].split('```json\n')[1].split('\n```')[0]
      expect(JSON.parse(snippet)).toEqual({ [service.id]: service })
    }
  })
})
