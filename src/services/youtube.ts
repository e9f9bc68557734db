import type { ServiceInfo } from './types'
import { GOOGLE_PRIVACY, OPEN_COOKIE_DATABASE } from './sources'

// The player's cookies (YSC, VISITOR_INFO1_LIVE, ...) live on youtube.com, not on the site.
export const youtube: ServiceInfo = {
  id: 'youtube',
  name: 'YouTube',
  vendor: 'Google LLC',
  category: 'functional',
  description: 'Plays videos embedded from YouTube. Google learns that you watched the video on this page and may use its own cookies to recommend videos and show ads.',
  privacyPolicy: GOOGLE_PRIVACY,
  cookies: [],
  storage: [],
  hosts: ['www.youtube.com', 'www.youtube-nocookie.com'],
  embed: true,
  sources: [
    'https://developers.google.com/youtube/js_api_reference',
    // Quotes Google's privacy-enhanced-mode help page (support.google.com/youtube/answer/171780), which is not stored.
    'https://github.com/ajayyy/SponsorBlock/issues/82',
    OPEN_COOKIE_DATABASE,
  ],
}
