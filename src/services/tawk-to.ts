import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const tawkTo: ServiceInfo = {
  id: 'tawk-to',
  name: 'tawk.to',
  vendor: 'tawk.to inc.',
  category: 'functional',
  description: 'Runs the chat window of the site. tawk.to receives your messages and recognises your browser with an identifier kept in cookies.',
  privacyPolicy: 'https://www.tawk.to/privacy-policy/',
  cookies: ['TawkConnectionTime', 'TawkCookie', '__tawkuuid'],
  storage: [],
  hosts: ['*.tawk.to'],
  sources: [OPEN_COOKIE_DATABASE],
}
