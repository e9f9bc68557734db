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
  sources: ['https://docs.wistia.com/docs/all-about-e-v1', 'https://github.com/cookpete/react-player/issues/1149'],
}
