// readConsentCookie against the shared stored-cookie table: the server voids exactly what the
// browser core voids (test/unit/core-cookie-cases.test.ts reads the same table).
import { describe, expect, it } from 'vitest'
import { readConsentCookie } from '../../src/server/index'
import { cookieConfig, storedCookieCases, validRecord } from '../shared/stored-cookie-cases'

describe('readConsentCookie', () => {
  it.each(storedCookieCases)('$name: a decision is $valid', ({ value, valid }) => {
    const record = readConsentCookie(`theme=dark; assent=${value()}; other=1`, cookieConfig())
    if (valid) expect(record).toMatchObject({ id: validRecord().id, choices: { analytics: true, marketing: false } })
    else expect(record).toBeNull()
  })

  it('is null without a header or without the cookie, and finds it first or last', () => {
    const value = storedCookieCases[0].value()
    expect(readConsentCookie(undefined, cookieConfig())).toBeNull()
    expect(readConsentCookie(null, cookieConfig())).toBeNull()
    expect(readConsentCookie('', cookieConfig())).toBeNull()
    expect(readConsentCookie('assent_other=' + value, cookieConfig())).toBeNull()
    expect(readConsentCookie('assent=' + value, cookieConfig())?.id).toBe(validRecord().id)
    expect(readConsentCookie('a=1;assent=' + value, cookieConfig())?.id).toBe(validRecord().id)
  })

  it('reads the configured cookie name', () => {
    const value = storedCookieCases[0].value()
    const config = { ...cookieConfig(), cookie: { name: 'cc' } }
    expect(readConsentCookie('assent=' + value, config)).toBeNull()
    expect(readConsentCookie('cc=' + value, config)?.id).toBe(validRecord().id)
  })

  it('a bad config throws naming the field', () => {
    expect(() => readConsentCookie('assent=x', { ...cookieConfig(), policy: { version: '' } })).toThrow(/policy\.version/)
  })
})
