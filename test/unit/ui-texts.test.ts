// Choice of language, the merge of overrides over the built-ins, and the crawler check.
import { describe, expect, it } from 'vitest'
import { english, mergeTexts, pickLanguage, titleOf } from '../../src/ui/texts'
import { BOTS } from '../../src/ui/bots'
import de from '../../src/ui/locales/de'
import fr from '../../src/ui/locales/fr'
import es from '../../src/ui/locales/es'
import it_ from '../../src/ui/locales/it'
import nl from '../../src/ui/locales/nl'
import pl from '../../src/ui/locales/pl'
import pt from '../../src/ui/locales/pt'

describe('pickLanguage', () => {
  const available = ['en', 'de', 'pt-BR', 'fr']
  it('takes the first wanted tag that is available, exactly or by its primary subtag', () => {
    expect(pickLanguage(available, ['de-AT', 'fr'])).toBe('de')
    expect(pickLanguage(available, [undefined, '', 'PT-br'])).toBe('pt-BR')
    expect(pickLanguage(available, ['ja', 'fr-CA', 'de'])).toBe('fr')
  })
  it('falls back to English', () => {
    expect(pickLanguage(available, ['ja', 'zh-Hans'])).toBe('en')
    expect(pickLanguage(['en'], [])).toBe('en')
  })
})

describe('mergeTexts', () => {
  it('gives the built-in English when nothing is overridden', () => {
    expect(mergeTexts({}, 'en')).toEqual(english)
  })
  it('lays the chosen language over English overrides over the built-ins, per string and per name', () => {
    const texts = mergeTexts({
      en: { save: 'Save', categories: { analytics: { title: 'Stats' } }, services: { ga4: { title: 'Google Analytics' } } },
      de: { title: 'Hallo', categories: { analytics: { description: 'Zählt' } } },
    }, 'de')
    expect(texts.title).toBe('Hallo')
    expect(texts.save).toBe('Save')
    expect(texts.acceptAll).toBe('Accept all')
    expect(texts.categories.analytics).toEqual({ title: 'Stats', description: 'Zählt' })
    expect(texts.categories.marketing).toEqual(english.categories.marketing)
    expect(texts.services.ga4).toEqual({ title: 'Google Analytics' })
  })
  it('does not change the built-ins', () => {
    mergeTexts({ en: { title: 'X', categories: { necessary: { title: 'Y' } } } }, 'en')
    expect(english.title).toBe('Your privacy choices')
    expect(english.categories.necessary.title).toBe('Necessary')
  })
})

describe('titleOf', () => {
  it('uses the text, else the capitalised name', () => {
    expect(titleOf('analytics', { title: 'Stats' })).toBe('Stats')
    expect(titleOf('statistics', undefined)).toBe('Statistics')
    expect(titleOf('ga4', {})).toBe('Ga4')
  })
})

describe('locale modules', () => {
  it('each has every string of the English built-ins, translated', () => {
    for (const locale of [de, fr, es, it_, nl, pl, pt]) {
      expect(Object.keys(locale).sort()).toEqual(Object.keys(english).sort())
      expect(Object.keys(locale.categories).sort()).toEqual(Object.keys(english.categories).sort())
      expect(locale.acceptAll).not.toBe(english.acceptAll)
      expect(locale.rejectAll).not.toBe(english.rejectAll)
      for (const value of Object.values(locale)) if (typeof value === 'string') expect(value.length).toBeGreaterThan(1)
    }
  })
})

describe('BOTS', () => {
  it('knows well-known crawlers and audit tools', () => {
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)',
      'DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)',
    ]) expect(BOTS.test(agent), agent).toBe(true)
  })
  it('does not take browsers, headless ones included, for bots', () => {
    for (const agent of [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0',
    ]) expect(BOTS.test(agent), agent).toBe(false)
  })
})
