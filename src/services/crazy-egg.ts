import type { ServiceInfo } from './types'

export const crazyEgg: ServiceInfo = {
  id: 'crazy-egg',
  name: 'Crazy Egg',
  vendor: 'Crazy Egg, Inc.',
  category: 'analytics',
  description: 'Records where you click and how far you scroll, for heatmaps, recordings and page tests.',
  privacyPolicy: 'https://www.crazyegg.com/privacy',
  cookies: [],
  storage: [],
  hosts: ['script.crazyegg.com'],
  sources: ['https://www.drupal.org/files/issues/crazyegg-update-tracking-code-2403503-1.patch'],
}
