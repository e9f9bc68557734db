import type { ServiceInfo } from './types'

export const drift: ServiceInfo = {
  id: 'drift',
  name: 'Drift',
  vendor: 'Salesloft, Inc.',
  category: 'marketing',
  description: 'Runs a sales chat window and bot; Drift receives your messages and what you do on the pages, and recognises your browser on later visits.',
  privacyPolicy: 'https://www.salesloft.com/legal/privacy-notice',
  cookies: [],
  storage: [],
  hosts: ['js.driftt.com', 'driftapi.com'],
  sources: ['https://docs.bearer.com/reference/recipes/drift/', 'https://pastebin.com/uE99gUGp'],
}
