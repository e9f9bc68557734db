import type { ServiceInfo } from './types'

// Plausible sets no cookies; it counts visits from a daily-rotating hash on its server.
export const plausible: ServiceInfo = {
  id: 'plausible',
  name: 'Plausible Analytics',
  vendor: 'Plausible Insights OÜ',
  category: 'analytics',
  description: 'Counts visits and page views without cookies and without keeping your IP address; the site sees only totals.',
  privacyPolicy: 'https://plausible.io/data-policy',
  cookies: [],
  storage: [],
  hosts: ['plausible.io'],
  sources: ['https://plausible.io/data-policy', 'https://github.com/plausible/docs/pull/629'],
}
