import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const piwikPro: ServiceInfo = {
  id: 'piwik-pro',
  name: 'Piwik PRO',
  vendor: 'Piwik PRO GmbH',
  category: 'analytics',
  description: 'Counts visits and measures how the site is used, including where visitors come from and whether they return.',
  privacyPolicy: 'https://piwik.pro/privacy-policy/',
  cookies: ['stg_traffic_source_priority', 'stg_last_interaction', 'stg_returning_visitor', 'stg_externalReferrer'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
