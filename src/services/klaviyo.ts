import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const klaviyo: ServiceInfo = {
  id: 'klaviyo',
  name: 'Klaviyo',
  vendor: 'Klaviyo, Inc.',
  category: 'marketing',
  description: 'Links your visits to your email address once you give it, to send you marketing emails and texts about what you looked at. An identifier is kept in a cookie.',
  privacyPolicy: 'https://www.klaviyo.com/legal',
  cookies: ['__kla_id'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
