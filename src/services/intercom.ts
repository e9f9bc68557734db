import type { ServiceInfo } from './types'

// Intercom documents its cookies in "Intercom Messenger Cookies", which we could not read; none are listed.
export const intercom: ServiceInfo = {
  id: 'intercom',
  name: 'Intercom',
  vendor: 'Intercom, Inc.',
  category: 'functional',
  description: 'Runs the chat window of the site. Intercom receives your messages, the pages you visit and the details you share, and recognises your browser on later visits.',
  privacyPolicy: 'https://www.intercom.com/legal/privacy',
  cookies: [],
  storage: [],
  hosts: ['*.intercom.io', '*.intercomcdn.com', '*.intercom-messenger.com'],
  sources: [
    'https://www.intercom.com/help/configure-intercom/staying-secure/using-intercom-with-content-security-policy',
  ],
}
