import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const luckyOrange: ServiceInfo = {
  id: 'lucky-orange',
  name: 'Lucky Orange',
  vendor: 'Lucky Orange LLC',
  category: 'analytics',
  description: 'Records how you use the pages (clicks, scrolling, mouse movement) for heatmaps and session recordings, and runs polls and chat. A visitor identifier is kept in cookies.',
  privacyPolicy: 'https://www.luckyorange.com/legal/privacy',
  cookies: ['_lo_uid', '_lo_rid', '_lo_v', '__lotl', '__lotr', '_lo_np_*', '_lo_bn', '_lo_cid', '_global_lucky_opt_out'],
  storage: [],
  hosts: [],
  sources: [OPEN_COOKIE_DATABASE],
}
