import type { ServiceInfo } from './types'

// PostHog Cloud; a self-hosted PostHog runs on the site's own hosts.
export const posthog: ServiceInfo = {
  id: 'posthog',
  name: 'PostHog',
  vendor: 'PostHog Inc.',
  category: 'analytics',
  description: 'Records what you do on the site to measure how the product is used, and can record sessions and run feature tests.',
  privacyPolicy: 'https://posthog.com/privacy',
  cookies: [],
  storage: [],
  hosts: ['*.posthog.com'],
  sources: ['https://posthog.com/docs/advanced/content-security-policy'],
}
