import type { ServiceInfo } from './types'

export const calendly: ServiceInfo = {
  id: 'calendly',
  name: 'Calendly',
  vendor: 'Calendly LLC',
  category: 'functional',
  description: 'Shows a booking calendar from Calendly on the page; Calendly receives the details you enter to book.',
  privacyPolicy: 'https://calendly.com/privacy',
  cookies: [],
  storage: [],
  hosts: ['assets.calendly.com', 'calendly.com'],
  embed: true,
  sources: [
    'https://developer.calendly.com/api-docs/overview/embedding/getting-started.md',
    'https://developer.calendly.com/api-docs/overview/embedding/recipes',
  ],
}
