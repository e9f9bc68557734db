import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// The collector runs on hosts the site chooses.
export const snowplow: ServiceInfo = {
  id: 'snowplow',
  name: 'Snowplow',
  vendor: 'Snowplow Analytics Ltd.',
  category: 'analytics',
  description: 'Records what you do on the site for its own analytics. Visitor and session identifiers are kept in cookies.',
  privacyPolicy: 'https://snowplowanalytics.com/privacy-policy/',
  cookies: ['_sp_id.*', '_sp_ses.*', 'sp'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
