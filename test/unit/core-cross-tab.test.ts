import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../src/index'
import type { Consent } from '../../src/core/types'
import { baseConfig, clearCookies } from './core-fixtures'

// Two core instances in one document share the cookie and talk over BroadcastChannel,
// like two tabs of the same site.
let tabs: Consent[] = []
beforeEach(() => clearCookies())
afterEach(() => tabs.forEach((t) => t.destroy()))

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

describe('consent across tabs', () => {
  it('applies a decision, a withdrawal and a reset made in another tab, with events', async () => {
    const [one, two] = (tabs = [createConsent(baseConfig()), createConsent(baseConfig())])
    const events: string[] = []
    two.on('grant', (name) => events.push(`grant:${name}`))
    two.on('revoke', (name) => events.push(`revoke:${name}`))
    one.save({ analytics: true })
    await waitFor(() => two.decided)
    expect(two.record!.id).toBe(one.record!.id)
    expect(events.sort()).toEqual(['grant:analytics', 'grant:ga4', 'grant:hotjar'])
    one.withdraw()
    await waitFor(() => !two.granted('analytics'))
    expect(two.record!.action).toBe('withdraw')
    one.reset()
    await waitFor(() => !two.decided)
  })

  it('waits for the cookie when the news of a decision comes before it', async () => {
    // In Chromium another tab's cookie write reaches this tab's cookie store asynchronously:
    // here this tab keeps reading the old cookie for a while after the other tab decided.
    let proto: object | null = document
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto)
    const real = Object.getOwnPropertyDescriptor(proto!, 'cookie')!
    let stale: string | undefined
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => stale ?? real.get!.call(document),
      set: (value) => real.set!.call(document, value),
    })
    try {
      const [one, two] = (tabs = [createConsent(baseConfig()), createConsent(baseConfig())])
      stale = document.cookie
      one.acceptAll()
      await new Promise((r) => setTimeout(r, 20))
      expect(two.decided).toBe(false) // the news came, the cookie not yet
      stale = undefined
      await waitFor(() => two.decided)
      expect(two.record!.id).toBe(one.record!.id)
    } finally {
      delete (document as { cookie?: string }).cookie
    }
  })

  it('re-reads the cookie when the tab becomes visible', async () => {
    const [one] = (tabs = [createConsent(baseConfig())])
    const other = createConsent(baseConfig())
    other.destroy() // no channel: only the cookie changes
    other.acceptAll()
    expect(one.decided).toBe(false)
    document.dispatchEvent(new Event('visibilitychange'))
    expect(one.decided).toBe(true)
    expect(one.record!.id).toBe(other.record!.id)
  })

  it('keeps a decision in this page when the cookie cannot hold it, whatever other tabs say', async () => {
    // document.cookie keeps nothing, as with cookies blocked or a cookie the browser refuses.
    const own = Object.getOwnPropertyDescriptor(document, 'cookie')
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} })
    try {
      const [one] = (tabs = [createConsent(baseConfig())])
      one.acceptAll()
      await new Promise((r) => setTimeout(r, 10)) // the cookie is read back after the decision's task
      document.dispatchEvent(new Event('visibilitychange'))
      expect(one.decided).toBe(true)
      expect(one.granted('analytics')).toBe(true)
    } finally {
      if (own) Object.defineProperty(document, 'cookie', own)
      else delete (document as { cookie?: string }).cookie
    }
  })
})
