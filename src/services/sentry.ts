import type { ServiceInfo } from './types'

// Events go to the ingest host of the DSN the site configures.
export const sentry: ServiceInfo = {
  id: 'sentry',
  name: 'Sentry',
  vendor: 'Functional Software, Inc.',
  category: 'analytics',
  description: 'Reports errors and slow pages to the developers, with details of your browser and what happened just before; with Session Replay, also a recording of the page.',
  privacyPolicy: 'https://sentry.io/privacy/',
  cookies: [],
  storage: [],
  hosts: ['js.sentry-cdn.com', 'browser.sentry-cdn.com'],
  sources: ['https://docs.sentry.io/platforms/javascript/install/loader/'],
}
