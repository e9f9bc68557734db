import type { ServiceInfo } from './types'

export const fathom: ServiceInfo = {
  id: 'fathom',
  name: 'Fathom Analytics',
  vendor: 'Conva Ventures Inc.',
  category: 'analytics',
  description: 'Counts visits and page views without cookies; the site sees only totals.',
  privacyPolicy: 'https://usefathom.com/privacy',
  cookies: [],
  storage: [],
  hosts: ['cdn.usefathom.com'],
  sources: ['https://usefathom.com/support/tracking', 'https://c15t.com/docs/integrations/fathom-analytics'],
}
