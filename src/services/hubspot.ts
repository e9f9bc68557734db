import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

// Hosts: a HubSpot loader script as served to a site.
export const hubspot: ServiceInfo = {
  id: 'hubspot',
  name: 'HubSpot',
  vendor: 'HubSpot, Inc.',
  category: 'marketing',
  description: 'Records which pages you visit and links your visits to what you enter in the site\'s forms, for the site\'s sales and marketing; also runs HubSpot chat. A visitor identifier is kept in cookies.',
  privacyPolicy: 'https://legal.hubspot.com/privacy-policy',
  cookies: [
    '__hstc',
    'hubspotutk',
    '__hssc',
    '__hssrc',
    'messagesUtk',
    '__hs_opt_out',
    '__hs_do_not_track',
    '__hs_initial_opt_in',
    'hs-messages-is-open',
    'hs-messages-hide-welcome-message',
  ],
  storage: [],
  hosts: ['*.hs-analytics.net', '*.hscollectedforms.net', '*.hs-banner.com', '*.hubspot.com'],
  sources: ['https://github.com/novuhq/docs/blob/staging/hubspot.js', OPEN_COOKIE_DATABASE],
}
