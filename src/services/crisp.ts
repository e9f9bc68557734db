import type { ServiceInfo } from './types'

// Crisp documents its cookies under "Cookie Policies", which we could not read; none are listed.
export const crisp: ServiceInfo = {
  id: 'crisp',
  name: 'Crisp',
  vendor: 'Crisp IM SAS',
  category: 'functional',
  description: 'Runs the chat window of the site. Crisp receives your messages, the pages you visit and what you share, and recognises your browser on later visits.',
  privacyPolicy: 'https://crisp.chat/en/privacy/',
  cookies: [],
  storage: [],
  hosts: ['*.crisp.chat'],
  sources: ['https://docs.crisp.chat/guides/others/whitelisting-our-systems/crisp-domain-names/'],
}
