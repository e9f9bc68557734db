// The browser side of the shared stored-cookie table (test/shared/stored-cookie-cases.ts); the
// server reads the same table in test/server/read-consent-cookie.test.ts.
import { beforeEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../src/index'
import { cookieConfig, storedCookieCases } from '../shared/stored-cookie-cases'
import { clearCookies } from './core-fixtures'

beforeEach(() => clearCookies())

describe('stored cookies, as the browser core reads them', () => {
  it.each(storedCookieCases)('$name: a decision is $valid', ({ value, valid }) => {
    document.cookie = `assent=${value()};path=/`
    const consent = createConsent(cookieConfig())
    expect(consent.decided).toBe(valid)
    expect(consent.granted('analytics')).toBe(valid)
    expect(consent.granted('marketing')).toBe(false)
    consent.destroy()
  })
})
