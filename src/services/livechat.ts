import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const livechat: ServiceInfo = {
  id: 'livechat',
  name: 'LiveChat',
  vendor: 'Text S.A.',
  category: 'functional',
  description: 'Runs the chat window of the site. LiveChat receives your messages and the pages you visit, and recognises your browser with its own cookies.',
  privacyPolicy: 'https://www.livechat.com/legal/privacy-policy/',
  cookies: [],
  storage: [],
  hosts: ['*.livechatinc.com'],
  sources: [OPEN_COOKIE_DATABASE],
}
