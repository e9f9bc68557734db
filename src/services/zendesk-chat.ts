import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const zendeskChat: ServiceInfo = {
  id: 'zendesk-chat',
  name: 'Zendesk Chat (Zopim)',
  vendor: 'Zendesk, Inc.',
  category: 'functional',
  description: 'Runs the chat window of the site. Zendesk receives your messages and recognises your browser with an identifier kept in a cookie.',
  privacyPolicy: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
  cookies: ['__zlcmid', '__zlcprivacy'],
  storage: [],
  hosts: [],
  sources: ['https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget', OPEN_COOKIE_DATABASE],
}
