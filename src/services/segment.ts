import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const segment: ServiceInfo = {
  id: 'segment',
  name: 'Segment',
  vendor: 'Twilio Inc.',
  category: 'analytics',
  description: 'Collects what you do on the site and forwards it to the analytics and marketing tools the site connects. An anonymous identifier, and your user ID once you sign in, are kept in cookies and local storage.',
  privacyPolicy: 'https://www.twilio.com/en-us/legal/privacy',
  cookies: ['ajs_anonymous_id', 'ajs_user_id', 'ajs_group_id'],
  storage: ['ajs_user_traits'],
  hosts: ['cdn.segment.com'],
  sources: [
    'https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/website/javascript/identity',
    'https://app.unpkg.com/@segment/analytics.js-core@4.1.11/files/build/user.js',
    'https://gist.github.com/malchak/25f541492bbed750a053ee39bb541a8f',
    OPEN_COOKIE_DATABASE,
  ],
}
