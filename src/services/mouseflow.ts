import type { ServiceInfo } from './types'

// Hosts: the Mouseflow snippet loads from cdn.mouseflow.com and records to c.mouseflow.com. Its cookies were not in a source we could read.
export const mouseflow: ServiceInfo = {
  id: 'mouseflow',
  name: 'Mouseflow',
  vendor: 'Mouseflow ApS',
  category: 'analytics',
  description: 'Records how you use the pages (clicks, scrolling, mouse movement) for session recordings, heatmaps and form statistics.',
  privacyPolicy: 'https://mouseflow.com/legal/company/privacy-policy/',
  cookies: [],
  storage: [],
  hosts: ['cdn.mouseflow.com', 'c.mouseflow.com'],
  sources: [
    'https://gist.github.com/mehdimehdi/5577dac2c10f94494d71fd374364f5ef',
    'https://gist.github.com/ilyakatz/1953445',
  ],
}
