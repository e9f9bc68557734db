import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const braze: ServiceInfo = {
  id: 'braze',
  name: 'Braze',
  vendor: 'Braze, Inc.',
  category: 'marketing',
  description: 'Recognises your device to show you in-app messages and send you notifications, and measures your sessions.',
  privacyPolicy: 'https://www.braze.com/company/legal/privacy',
  cookies: ['ab.storage.*', 'ab.optOut', 'ab._gd'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
