// @vitest-environment node
/// <reference types="vite/client" />
// Every locale module in src/ui/locales: the languages shipped, a full set of texts (every key
// of the English built-ins, categories included, nothing more, no empty string), translated,
// punctuated as the language writes it; and the choice among them by region subtag.
import { describe, expect, it } from 'vitest'
import { english, pickLanguage, type UITexts } from '../../src/ui/texts'

const modules = import.meta.glob<{ default: UITexts }>('../../src/ui/locales/*.ts', { eager: true })
const locales: Record<string, UITexts> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.slice(path.lastIndexOf('/') + 1, -'.ts'.length), module.default]),
)

// The 24 official EU languages but English (built in), the rest of the EEA (Norwegian Bokmål,
// Icelandic), and the other opt-in regions' languages (Brazil, Quebec).
const SHIPPED = ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'nb', 'is', 'pt-BR', 'fr-CA']

/** Paths where `texts` does not have the shape of `model`: a missing or extra key, a string
 * where an object belongs or the reverse, an empty or blank string. */
function shapeErrors(texts: unknown, model: Record<string, unknown>, path = ''): string[] {
  if (typeof texts != 'object' || texts === null || Array.isArray(texts)) return [`${path || '.'} is not an object`]
  const given = texts as Record<string, unknown>
  const errors = Object.keys(given).filter((key) => !(key in model)).map((key) => `${path}${key} is extra`)
  for (const key in model) {
    const value = given[key]
    if (!(key in given)) errors.push(`${path}${key} is missing`)
    else if (typeof model[key] == 'string') {
      if (typeof value != 'string') errors.push(`${path}${key} is not a string`)
      else if (!value.trim()) errors.push(`${path}${key} is empty`)
    } else errors.push(...shapeErrors(value, model[key] as Record<string, unknown>, `${path}${key}.`))
  }
  return errors
}

/** Every string of a set of texts, with its path. */
const strings = (texts: object, path = ''): Array<[string, string]> =>
  Object.entries(texts).flatMap(([key, value]) => (typeof value == 'string' ? [[path + key, value] as [string, string]] : strings(value, `${path}${key}.`)))

describe('locale modules', () => {
  it('are the languages of the EEA (English built in), Brazil and Quebec', () => {
    expect(Object.keys(locales).sort()).toEqual([...SHIPPED].sort())
  })

  it('the shape check finds a missing, an extra, a mistyped and an empty text, also in categories', () => {
    const broken = structuredClone(locales.fi) as unknown as Record<string, any>
    delete broken.optOut
    broken.titel = 'x'
    broken.save = 1
    broken.categories.marketing.description = ' '
    delete broken.categories.analytics
    broken.categories.extra = { title: 'x' }
    expect(shapeErrors(broken, english as never).sort()).toEqual([
      'categories.analytics is missing',
      'categories.extra is extra',
      'categories.marketing.description is empty',
      'optOut is missing',
      'save is not a string',
      'titel is extra',
    ])
    expect(shapeErrors({ ...locales.fi, categories: 'x' }, english as never)).toEqual(['categories. is not an object'])
  })

  for (const [tag, texts] of Object.entries(locales)) {
    describe(tag, () => {
      it('has every text of the English built-ins, categories included, and nothing else', () => {
        expect(shapeErrors(texts, english as never)).toEqual([])
      })

      it('is translated: no sentence left in English', () => {
        // Category titles may be the English word ("Marketing" in many languages); nothing else.
        const same = strings(texts).filter(([path, value]) => !/^categories\.\w+\.title$/.test(path) && strings(english).some(([p, v]) => p == path && v == value))
        expect(same).toEqual([])
      })

      it('is punctuated: no stray spaces, sentences closed, questions asked', () => {
        for (const [path, value] of strings(texts)) {
          expect(value, `${tag} ${path}`).toBe(value.trim())
          expect(value, `${tag} ${path}`).not.toMatch(/ {2}/)
        }
        for (const key of ['description', 'preferencesDescription', 'signalNotice', 'failed', 'noticeDescription'] as const) {
          expect(texts[key], `${tag} ${key}`).toMatch(/\.$/)
        }
        // Greek asks with ';'.
        expect(texts.eraseConfirm, `${tag} eraseConfirm`).toMatch(tag == 'el' ? /;$/ : /\?$/)
      })
    })
  }

  it('French puts a no-break space before : ; ? ! and Canadian French one before : only (OQLF)', () => {
    for (const [path, value] of strings(locales.fr)) expect(value, path).not.toMatch(/(^|[^\u00a0\u202f])[:;?!]/)
    for (const [path, value] of strings(locales['fr-CA'])) {
      expect(value, path).not.toMatch(/(^|[^\u00a0]):/)
      expect(value, path).not.toMatch(/\s[;?!]/)
    }
  })

  it('Romanian writes ș and ț with a comma below, not the Turkish cedilla', () => {
    for (const [path, value] of strings(locales.ro)) expect(value, path).not.toMatch(/[şţŞŢ]/)
    expect(locales.ro.erase).toContain('Ș')
    expect(locales.ro.description).toContain('ț')
  })
})

describe('pickLanguage with the shipped languages', () => {
  const available = ['en', ...Object.keys(locales)]
  it('takes a region subtag when there is a module for it', () => {
    expect(pickLanguage(available, ['pt-BR'])).toBe('pt-BR')
    expect(pickLanguage(available, ['fr-CA'])).toBe('fr-CA')
    expect(pickLanguage(available, ['fr-ca'])).toBe('fr-CA')
  })
  it('else the primary subtag, never a sibling region', () => {
    expect(pickLanguage(available, ['pt-PT'])).toBe('pt')
    expect(pickLanguage(available, ['pt'])).toBe('pt')
    expect(pickLanguage(available, ['fr-BE'])).toBe('fr')
    expect(pickLanguage(available, ['fr'])).toBe('fr')
    expect(pickLanguage(available, ['nb-NO'])).toBe('nb')
    expect(pickLanguage(available, ['ga-IE'])).toBe('ga')
  })
  it('in the order wanted: <html lang> before the browser languages', () => {
    expect(pickLanguage(available, [undefined, 'pt-PT', 'pt-BR'])).toBe('pt')
    expect(pickLanguage(available, [undefined, 'ja', 'fr-CA', 'fr'])).toBe('fr-CA')
  })
})
