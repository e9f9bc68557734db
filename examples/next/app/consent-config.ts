// One config for the server (the layout reads the cookie with it) and the browser (the
// provider creates the core with it): both must judge a stored decision alike.
import type { ConsentConfig } from 'assent'

export const consentConfig: ConsentConfig = {
  policy: { version: '2026-11-01', url: '/privacy' },
  categories: {
    necessary: { required: true },
    analytics: { services: { stats: { cookies: ['next_stats'] } } },
    marketing: { services: { youtube: { cookies: ['VISITOR_INFO1_LIVE', 'YSC'] } } },
  },
}

export const uiOptions = { layout: 'bar', language: 'en' } as const
