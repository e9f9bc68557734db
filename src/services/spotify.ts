import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const spotify: ServiceInfo = {
  id: 'spotify',
  name: 'Spotify',
  vendor: 'Spotify AB',
  category: 'functional',
  description: 'Plays music and podcasts embedded from Spotify. Spotify learns that you played them on this page and uses its own cookies.',
  privacyPolicy: 'https://www.spotify.com/us/privacy/',
  cookies: [],
  storage: [],
  hosts: ['*.spotify.com'],
  embed: true,
  sources: [OPEN_COOKIE_DATABASE],
}
