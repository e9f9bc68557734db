// `assent/services`: the catalogue of known services (SPEC.md section 11). One named export
// per service, each a module of data only, so that a bundler keeps just the ones imported;
// `services` is the whole list, for tools (audit, docs).
import type { ServiceInfo } from './types'
import { googleAnalytics } from './google-analytics'
import { googleTagManager } from './google-tag-manager'
import { googleAds } from './google-ads'
import { youtube } from './youtube'
import { metaPixel } from './meta-pixel'
import { linkedinInsight } from './linkedin-insight'
import { microsoftClarity } from './microsoft-clarity'
import { hotjar } from './hotjar'
import { matomo } from './matomo'
import { plausible } from './plausible'

export type { ServiceCategory, ServiceInfo } from './types'
export {
  googleAnalytics, googleTagManager, googleAds, youtube, metaPixel, linkedinInsight, microsoftClarity, hotjar, matomo, plausible,
}

/** Every entry, in catalogue order. */
export const services: ServiceInfo[] = [
  googleAnalytics, googleTagManager, googleAds, youtube, metaPixel, linkedinInsight, microsoftClarity, hotjar, matomo, plausible,
]
