import type { ServiceInfo } from './types'

// Hosts: the Mouseflow snippet loads from cdn.mouseflow.com (the tag Segment's Mouseflow integration writes). Its cookies were not in a source we could read.
export const mouseflow: ServiceInfo = {
  id: 'mouseflow',
  name: 'Mouseflow',
  vendor: 'Mouseflow ApS',
  category: 'analytics',
  description: 'Records how you use the pages (clicks, scrolling, mouse movement) for session recordings, heatmaps and form statistics.',
  privacyPolicy: 'https://mouseflow.com/legal/privacy',
  cookies: [],
  storage: [],
  hosts: ['cdn.mouseflow.com'],
  sources: [
    'https://github.com/segmentio/analytics.js-integrations/blob/a34daf6520876cd72a154e1591cd766d3c1d7db8/integrations/mouseflow/lib/index.js',
  ],
}
