import type { ServiceInfo } from './types'

// Session replay adds its own cookies (_cs_id, ...), documented separately by Heap; not listed here.
export const heap: ServiceInfo = {
  id: 'heap',
  name: 'Heap',
  vendor: 'Heap Inc. (Contentsquare)',
  category: 'analytics',
  description: 'Records what you do on the site (pages, clicks, form use) to measure how the product is used; with session replay, also a recording. User and session identifiers are kept in cookies.',
  privacyPolicy: 'https://www.heap.io/privacy',
  cookies: [
    '_hp2_id.*',
    '_hp2_ses_props.*',
    '_hp2_props.*',
    '_hp2_hld.*',
    '_hp5_meta.*',
    '_hp5_event_props.*',
    '_hp5_let.*',
  ],
  storage: [],
  hosts: ['cdn.heapanalytics.com', 'heapanalytics.com'],
  sources: [
    'https://help.heap.io/hc/en-us/articles/37271939081617-What-cookies-does-Heap-set-and-what-are-they-used-for',
    'https://docs.bearer.com/reference/recipes/heap/',
  ],
}
