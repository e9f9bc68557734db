import type { ServiceInfo } from './types'

export const newRelic: ServiceInfo = {
  id: 'new-relic',
  name: 'New Relic Browser',
  vendor: 'New Relic, Inc.',
  category: 'analytics',
  description: 'Measures how fast the pages load and which errors happen in your browser, for the developers.',
  privacyPolicy: 'https://newrelic.com/termsandconditions/privacy',
  cookies: [],
  storage: [],
  hosts: ['js-agent.newrelic.com', 'bam.nr-data.net'],
  sources: ['https://docs.newrelic.com/docs/browser/new-relic-browser/troubleshooting/how-to-debug-browser-agent'],
}
