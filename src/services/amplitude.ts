import type { ServiceInfo } from './types'

export const amplitude: ServiceInfo = {
  id: 'amplitude',
  name: 'Amplitude',
  vendor: 'Amplitude, Inc.',
  category: 'analytics',
  description: 'Records what you do on the site to measure how the product is used. A device identifier, your session and the campaign that brought you are kept in cookies.',
  privacyPolicy: 'https://amplitude.com/privacy',
  cookies: ['AMP_*'],
  storage: [],
  hosts: [],
  sources: ['https://amplitude.com/docs/get-started/cookies-and-consent-management'],
}
