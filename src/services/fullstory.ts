import type { ServiceInfo } from './types'

// fs_uid: the cookie Fullstory's own snippet clears in clearUserCookie.
export const fullstory: ServiceInfo = {
  id: 'fullstory',
  name: 'Fullstory',
  vendor: 'FullStory, Inc.',
  category: 'analytics',
  description: 'Records how you use the pages (clicks, scrolling, typing, mouse movement) as session replays. A visitor identifier is kept in a cookie.',
  privacyPolicy: 'https://www.fullstory.com/legal/privacy-policy/',
  cookies: ['fs_uid'],
  storage: [],
  hosts: ['edge.fullstory.com', 'rs.fullstory.com'],
  sources: [
    'https://help.fullstory.com/hc/en-us/articles/360020622854-Can-I-use-Content-Security-Policy-CSP-with-Fullstory',
    'https://gist.github.com/srhyne/d27ba13475ba5c594a1c5b85549528f9',
  ],
}
