import type { ServiceInfo } from './types'

export const soundcloud: ServiceInfo = {
  id: 'soundcloud',
  name: 'SoundCloud',
  vendor: 'SoundCloud Global Limited & Co. KG',
  category: 'functional',
  description: 'Plays audio embedded from SoundCloud. SoundCloud learns that you played it on this page and uses its own cookies.',
  privacyPolicy: 'https://soundcloud.com/pages/privacy',
  cookies: [],
  storage: [],
  hosts: ['w.soundcloud.com', 'api.soundcloud.com'],
  embed: true,
  sources: ['https://developers.soundcloud.com/docs/api/html5-widget'],
}
