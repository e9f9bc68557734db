import type { ServiceInfo } from './types'

export const disqus: ServiceInfo = {
  id: 'disqus',
  name: 'Disqus',
  vendor: 'Disqus, Inc.',
  category: 'functional',
  description: 'Shows comments from Disqus under the page and lets you write one. Disqus uses its own cookies, also for advertising on some sites.',
  privacyPolicy: 'https://help.disqus.com/en/articles/1717103-disqus-privacy-policy',
  cookies: [],
  storage: [],
  hosts: ['*.disqus.com'],
  embed: true,
  sources: [
    'https://raw.githubusercontent.com/mozilla-firefox/firefox/main/browser/extensions/webcompat/shims/disqus-embed.js',
    'https://gist.github.com/ryanvalentin/4f6fad19f7a0ccbae20f6264dde5d622',
  ],
}
