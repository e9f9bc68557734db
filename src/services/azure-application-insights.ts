import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const azureApplicationInsights: ServiceInfo = {
  id: 'azure-application-insights',
  name: 'Azure Application Insights',
  vendor: 'Microsoft Corporation',
  category: 'analytics',
  description: 'Measures how the site performs and is used. Anonymous user and session identifiers are kept in cookies.',
  privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
  cookies: ['ai_session', 'ai_user'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
