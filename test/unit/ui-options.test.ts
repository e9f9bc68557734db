// mountUI's options: defaults, and errors that name the bad field.
import { describe, expect, it } from 'vitest'
import { checkOptions } from '../../src/ui/options'
import de from '../../src/ui/locales/de'

const fieldOf = (options: unknown) => {
  try {
    checkOptions(options)
  } catch (error) {
    return (error as { field: string; message: string }).field
  }
  return 'no error'
}

describe('checkOptions', () => {
  it('accepts every option, and undefined for any', () => {
    const options = { layout: 'modal', theme: 'dark', hideFromBots: false, endpoint: '/consent/v1', language: 'pt-BR', nonce: 'abc', texts: { de } }
    expect(checkOptions(options)).toBe(options)
    expect(fieldOf(undefined)).toBe('no error')
    expect(fieldOf({ layout: undefined, texts: { de: { title: undefined } } })).toBe('no error')
  })

  it('names the bad field', () => {
    expect(fieldOf('bar')).toBe('ui')
    expect(fieldOf({ layuot: 'bar' })).toBe('ui.layuot')
    expect(fieldOf(null)).toBe('ui')
    expect(fieldOf({ layout: 'popup' })).toBe('ui.layout')
    expect(fieldOf({ theme: 'blue' })).toBe('ui.theme')
    expect(fieldOf({ hideFromBots: 'yes' })).toBe('ui.hideFromBots')
    expect(fieldOf({ language: ['de'] })).toBe('ui.language')
    expect(fieldOf({ nonce: 1 })).toBe('ui.nonce')
    expect(fieldOf({ endpoint: 8787 })).toBe('ui.endpoint')
    expect(fieldOf({ texts: [] })).toBe('ui.texts')
    expect(fieldOf({ texts: { de: { title: 1 } } })).toBe('ui.texts.de.title')
    expect(fieldOf({ texts: { de: { titel: 'x' } } })).toBe('ui.texts.de.titel')
    expect(fieldOf({ texts: { de: { categories: { analytics: { title: {} } } } } })).toBe('ui.texts.de.categories.analytics.title')
    expect(fieldOf({ texts: { de: { services: { ga4: { name: 'x' } } } } })).toBe('ui.texts.de.services.ga4.name')
    expect(fieldOf({ texts: { de: { services: { ga4: 'x' } } } })).toBe('ui.texts.de.services.ga4')
  })

  it('explains the problem in the message', () => {
    expect(() => checkOptions({ layout: 'popup' })).toThrow('assent: ui.layout must be one of bar, bar-top, box, modal')
    expect(() => checkOptions({ texts: { de: { title: 1 } } })).toThrow('assent: ui.texts.de.title must be a string')
    expect(() => checkOptions({ texts: { de: { titel: 'x' } } })).toThrow('assent: ui.texts.de.titel is not a known option')
    expect(() => checkOptions({ hideFromBots: 'yes' })).toThrow('assent: ui.hideFromBots must be a boolean')
    expect(() => checkOptions(null)).toThrow('assent: ui must be an object')
  })

  it('accepts every locale module as a full set of texts', () => {
    expect(fieldOf({ texts: { de, en: { acceptAll: 'OK' }, 'pt-BR': { services: { ga4: { title: 'GA' } } } } })).toBe('no error')
  })
})
