import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const chartbeat: ServiceInfo = {
  id: 'chartbeat',
  name: 'Chartbeat',
  vendor: 'Chartbeat Inc.',
  category: 'analytics',
  description: 'Measures in real time which articles are read and for how long. Cookies tell new and returning visitors apart.',
  privacyPolicy: 'https://chartbeat.com/privacy/',
  cookies: ['_chartbeat*', '_SUPERFLY_nosample'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
