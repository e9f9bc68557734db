import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const microsoftClarity: ServiceInfo = {
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  vendor: 'Microsoft Corporation',
  category: 'analytics',
  description: 'Records how you use the pages (clicks, scrolling, mouse movement) for heatmaps and session replays. Identifiers for your browser and visit are kept in cookies.',
  privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
  cookies: ['_clck', '_clsk'],
  storage: [],
  hosts: ['*.clarity.ms'],
  sources: ['https://learn.microsoft.com/en-us/clarity/clarity-api', OPEN_COOKIE_DATABASE],
}
