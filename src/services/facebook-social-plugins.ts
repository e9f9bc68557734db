import type { ServiceInfo } from './types'
import { OPEN_COOKIE_DATABASE } from './sources'

export const facebookSocialPlugins: ServiceInfo = {
  id: 'facebook-social-plugins',
  name: 'Facebook social plugins and embedded posts',
  vendor: 'Meta Platforms, Inc.',
  category: 'marketing',
  description: 'Shows Facebook buttons and posts on the page. Meta learns that you visited it and, if you are logged in to Facebook, who you are, through its own cookies.',
  privacyPolicy: 'https://www.facebook.com/privacy/policy/',
  cookies: [],
  storage: [],
  hosts: ['connect.facebook.net', '*.facebook.com'],
  embed: true,
  sources: ['https://developers.facebook.com/docs/meta-pixel/get-started', OPEN_COOKIE_DATABASE],
}
