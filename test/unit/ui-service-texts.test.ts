// The preferences dialog shows a catalogue entry's name and description as the English
// defaults of its service; the site's own texts for that service win, field by field.
import { describe, expect, it } from 'vitest'
import { createConsent } from '../../src/index'
import { buildPreferences } from '../../src/ui/preferences'
import { mergeTexts, type UITextsOverride } from '../../src/ui/texts'
import { googleAnalytics } from '../../src/services/index'

function serviceRow(overrides: Record<string, UITextsOverride>, language = 'en') {
  const consent = createConsent({ policy: { version: '1' }, categories: { analytics: { services: { ga4: googleAnalytics, plain: { cookies: ['x'] } } } } })
  const dialog = buildPreferences(consent, mergeTexts(overrides, language), undefined)
  consent.destroy()
  const row = (name: string) => dialog.querySelector(`[data-assent-service="${name}"]`)!.closest('li')!
  return { ga4: row('ga4'), plain: row('plain') }
}

describe('service texts from the catalogue', () => {
  it('shows the entry name and description', () => {
    const { ga4 } = serviceRow({})
    expect(ga4.querySelector('label')!.textContent).toBe('Google Analytics')
    expect(ga4.querySelector('p')!.textContent).toBe(googleAnalytics.description)
  })
  it("the site's texts.en.services win, field by field", () => {
    const { ga4 } = serviceRow({ en: { services: { ga4: { title: 'Statistics by Google' } } } })
    expect(ga4.querySelector('label')!.textContent).toBe('Statistics by Google')
    expect(ga4.querySelector('p')!.textContent).toBe(googleAnalytics.description)
  })
  it("the chosen language's texts win too; without them the English default stays", () => {
    const overrides = { de: { services: { ga4: { description: 'Misst die Nutzung.' } } } }
    const { ga4 } = serviceRow(overrides, 'de')
    expect(ga4.querySelector('label')!.textContent).toBe('Google Analytics')
    expect(ga4.querySelector('p')!.textContent).toBe('Misst die Nutzung.')
  })
  it('a service without catalogue fields keeps its capitalised name and no description', () => {
    const { plain } = serviceRow({})
    expect(plain.querySelector('label')!.textContent).toBe('Plain')
    expect(plain.querySelector('p')).toBeNull()
  })
  it('is text, never HTML', () => {
    const consent = createConsent({ policy: { version: '1' }, categories: { analytics: { services: { x: { name: '<img src=x onerror=alert(1)>', description: '<b>bold</b>' } } } } })
    const dialog = buildPreferences(consent, mergeTexts({}, 'en'), undefined)
    consent.destroy()
    expect(dialog.querySelector('img, b')).toBeNull()
    expect(dialog.textContent).toContain('<b>bold</b>')
  })
})
