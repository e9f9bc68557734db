import type { ServiceInfo } from './types'

export const typeform: ServiceInfo = {
  id: 'typeform',
  name: 'Typeform',
  vendor: 'TYPEFORM SL',
  category: 'functional',
  description: 'Shows a form or survey from Typeform on the page; Typeform receives your answers.',
  privacyPolicy: 'https://www.typeform.com/privacy-policy/',
  cookies: [],
  storage: [],
  hosts: ['embed.typeform.com', 'form.typeform.com'],
  embed: true,
  sources: ['https://unpkg.com/@typeform/embed@6.0.0/README.md'],
}
