// @vitest-environment node
/// <reference types="vite/client" />
// docs/locales/LANG.json, the texts script-tag sites paste into their config, must be exactly
// what the locale modules hold. When this fails: `npm run build && node scripts/locales-json.mjs`.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { UITexts } from '../../src/ui/texts'

const modules = import.meta.glob<{ default: UITexts }>('../../src/ui/locales/*.ts', { eager: true })
const tags = Object.keys(modules).map((path) => path.slice(path.lastIndexOf('/') + 1, -'.ts'.length))
const docs = new URL('../../docs/locales/', import.meta.url)

describe('docs/locales', () => {
  it('has one JSON file per locale module and no other', () => {
    const files = readdirSync(docs).filter((file) => file.endsWith('.json'))
    expect(files.sort()).toEqual(tags.map((tag) => `${tag}.json`).sort())
  })

  for (const [path, module] of Object.entries(modules)) {
    const tag = path.slice(path.lastIndexOf('/') + 1, -'.ts'.length)
    it(`${tag}.json is the module's texts, as scripts/locales-json.mjs writes them`, () => {
      const text = readFileSync(new URL(`${tag}.json`, docs), 'utf8')
      expect(JSON.parse(text)).toEqual(module.default)
      // The script's serialisation: a change of format alone is also "out of date".
      expect(text).toBe(JSON.stringify(module.default, null, 2) + '\n')
    })
  }
})
