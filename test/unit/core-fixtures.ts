// Shared config and cookie helpers for the core's unit tests (happy-dom).
import type { ConsentConfig } from '../../src/core/types'

export const baseConfig = (): ConsentConfig => ({
  policy: { version: '2025-01-08', url: '/privacy' },
  categories: {
    necessary: { required: true, services: { session: {} } },
    functional: { services: { tidio: { cookies: ['tidio_*'] } } },
    analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'] }, hotjar: { storage: ['_hj*'] } } },
    marketing: { services: { facebook: {}, youtube: {} } },
  },
})

export function clearCookies(): void {
  for (const pair of document.cookie.split(/; */)) {
    const name = pair.split('=')[0]
    if (name) document.cookie = `${name}=;path=/;max-age=0`
  }
}

export function rawCookie(name = 'assent'): string | undefined {
  const pair = document.cookie.split(/; */).find((p) => p.startsWith(name + '='))
  return pair === undefined ? undefined : decodeURIComponent(pair.slice(name.length + 1))
}

export function setRawCookie(value: string, name = 'assent'): void {
  document.cookie = `${name}=${encodeURIComponent(value)};path=/`
}

/** Defines a navigator/window property for one test; returns the undo. */
export function stub(target: object, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key)
  Object.defineProperty(target, key, { configurable: true, get: () => value })
  return () => {
    if (own) Object.defineProperty(target, key, own)
    else delete (target as Record<string, unknown>)[key]
  }
}
