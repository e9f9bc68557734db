import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const mailchimp: ServiceInfo = {
  id: 'mailchimp',
  name: 'Mailchimp',
  vendor: 'The Rocket Science Group LLC (Intuit)',
  category: 'marketing',
  description: 'Connects visits that come from a Mailchimp email to that campaign and your email address, for the email statistics.',
  privacyPolicy: 'https://mailchimp.com/legal/',
  cookies: ['mc_cid', 'mc_eid', 'mc_landing_site'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
