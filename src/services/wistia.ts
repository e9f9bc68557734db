import type { ServiceInfo } from './types'

export const wistia: ServiceInfo = {
  id: 'wistia',
  name: 'Wistia',
  vendor: 'Wistia, Inc.',
  category: 'functional',
  description: 'Plays videos embedded from Wistia and measures how much of them you watch.',
  privacyPolicy: 'https://wistia.com/privacy',
  cookies: [],
  storage: [],
  hosts: ['fast.wistia.com', 'fast.wistia.net'],
  embed: true,
  sources: ['https://wistia.com/support/developers/player-privacy-mode'],
}
