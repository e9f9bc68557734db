import type { ServiceInfo } from './types'

export const instagramEmbed: ServiceInfo = {
  id: 'instagram-embed',
  name: 'Instagram embedded posts',
  vendor: 'Meta Platforms, Inc.',
  category: 'marketing',
  description: 'Shows Instagram posts on the page. Meta learns that you visited it and, if you are logged in to Instagram, who you are.',
  privacyPolicy: 'https://privacycenter.instagram.com/policy',
  cookies: [],
  storage: [],
  hosts: ['www.instagram.com'],
  embed: true,
  sources: [
    'https://developers.facebook.com/docs/instagram-platform/embed-button',
    'https://raw.githubusercontent.com/mozilla-firefox/firefox/main/browser/extensions/webcompat/shims/instagram-embed.js',
  ],
}
