// `assent/services`: the catalogue of known services (SPEC.md section 11). One named export
// per service, each a module of data only, so that a bundler keeps just the ones imported;
// `services` is the whole list, for tools (audit, docs). One file per service: add one there
// and list it here.
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
import { matomoCloud } from './matomo-cloud'
import { plausible } from './plausible'
import { googleCampaignManager } from './google-campaign-manager'
import { googleAdsense } from './google-adsense'
import { googleMaps } from './google-maps'
import { googleRecaptcha } from './google-recaptcha'
import { googleFonts } from './google-fonts'
import { facebookSocialPlugins } from './facebook-social-plugins'
import { xPixel } from './x-pixel'
import { tiktokPixel } from './tiktok-pixel'
import { pinterestTag } from './pinterest-tag'
import { snapPixel } from './snap-pixel'
import { redditPixel } from './reddit-pixel'
import { microsoftAdvertising } from './microsoft-advertising'
import { yandexMetrica } from './yandex-metrica'
import { adobeAnalytics } from './adobe-analytics'
import { hubspot } from './hubspot'
import { intercom } from './intercom'
import { livechat } from './livechat'
import { vimeo } from './vimeo'
import { spotify } from './spotify'
import { stripe } from './stripe'
import { paypal } from './paypal'
import { cloudflareTurnstile } from './cloudflare-turnstile'
import { cloudflare } from './cloudflare'
import { shopify } from './shopify'
import { shopifyAnalytics } from './shopify-analytics'
import { klaviyo } from './klaviyo'
import { mailchimp } from './mailchimp'
import { optimizely } from './optimizely'
import { vwo } from './vwo'
import { tawkTo } from './tawk-to'
import { luckyOrange } from './lucky-orange'
import { quantcast } from './quantcast'
import { chartbeat } from './chartbeat'
import { leadfeeder } from './leadfeeder'
import { piwikPro } from './piwik-pro'
import { customerIo } from './customer-io'
import { sleeknote } from './sleeknote'
import { abTasty } from './ab-tasty'
import { siteimprove } from './siteimprove'
import { amazonAds } from './amazon-ads'
import { outbrain } from './outbrain'
import { taboola } from './taboola'
import { zendeskChat } from './zendesk-chat'
import { mixpanel } from './mixpanel'
import { amplitude } from './amplitude'
import { segment } from './segment'
import { posthog } from './posthog'
import { snowplow } from './snowplow'
import { inspectlet } from './inspectlet'
import { sentry } from './sentry'
import { azureApplicationInsights } from './azure-application-insights'
import { sharethis } from './sharethis'
import { braze } from './braze'
import { lotame } from './lotame'
import { theTradeDesk } from './the-trade-desk'
import { comscore } from './comscore'
import { xandr } from './xandr'
import { pubmatic } from './pubmatic'
import { nielsen } from './nielsen'
import { heap } from './heap'
import { fullstory } from './fullstory'
import { mouseflow } from './mouseflow'
import { crazyEgg } from './crazy-egg'
import { fathom } from './fathom'
import { crisp } from './crisp'
import { drift } from './drift'
import { wistia } from './wistia'
import { soundcloud } from './soundcloud'
import { calendly } from './calendly'
import { typeform } from './typeform'
import { disqus } from './disqus'
import { instagramEmbed } from './instagram-embed'
import { newRelic } from './new-relic'
import { criteo } from './criteo'

export type { ServiceCategory, ServiceInfo } from './types'
export {
  googleAnalytics,
  googleTagManager,
  googleAds,
  youtube,
  metaPixel,
  linkedinInsight,
  microsoftClarity,
  hotjar,
  matomo,
  matomoCloud,
  plausible,
  googleCampaignManager,
  googleAdsense,
  googleMaps,
  googleRecaptcha,
  googleFonts,
  facebookSocialPlugins,
  xPixel,
  tiktokPixel,
  pinterestTag,
  snapPixel,
  redditPixel,
  microsoftAdvertising,
  yandexMetrica,
  adobeAnalytics,
  hubspot,
  intercom,
  livechat,
  vimeo,
  spotify,
  stripe,
  paypal,
  cloudflareTurnstile,
  cloudflare,
  shopify,
  shopifyAnalytics,
  klaviyo,
  mailchimp,
  optimizely,
  vwo,
  tawkTo,
  luckyOrange,
  quantcast,
  chartbeat,
  leadfeeder,
  piwikPro,
  customerIo,
  sleeknote,
  abTasty,
  siteimprove,
  amazonAds,
  outbrain,
  taboola,
  zendeskChat,
  mixpanel,
  amplitude,
  segment,
  posthog,
  snowplow,
  inspectlet,
  sentry,
  azureApplicationInsights,
  sharethis,
  braze,
  lotame,
  theTradeDesk,
  comscore,
  xandr,
  pubmatic,
  nielsen,
  heap,
  fullstory,
  mouseflow,
  crazyEgg,
  fathom,
  crisp,
  drift,
  wistia,
  soundcloud,
  calendly,
  typeform,
  disqus,
  instagramEmbed,
  newRelic,
  criteo,
}

/** Every entry, in catalogue order. */
export const services: ServiceInfo[] = [
  googleAnalytics,
  googleTagManager,
  googleAds,
  youtube,
  metaPixel,
  linkedinInsight,
  microsoftClarity,
  hotjar,
  matomo,
  matomoCloud,
  plausible,
  googleCampaignManager,
  googleAdsense,
  googleMaps,
  googleRecaptcha,
  googleFonts,
  facebookSocialPlugins,
  xPixel,
  tiktokPixel,
  pinterestTag,
  snapPixel,
  redditPixel,
  microsoftAdvertising,
  yandexMetrica,
  adobeAnalytics,
  hubspot,
  intercom,
  livechat,
  vimeo,
  spotify,
  stripe,
  paypal,
  cloudflareTurnstile,
  cloudflare,
  shopify,
  shopifyAnalytics,
  klaviyo,
  mailchimp,
  optimizely,
  vwo,
  tawkTo,
  luckyOrange,
  quantcast,
  chartbeat,
  leadfeeder,
  piwikPro,
  customerIo,
  sleeknote,
  abTasty,
  siteimprove,
  amazonAds,
  outbrain,
  taboola,
  zendeskChat,
  mixpanel,
  amplitude,
  segment,
  posthog,
  snowplow,
  inspectlet,
  sentry,
  azureApplicationInsights,
  sharethis,
  braze,
  lotame,
  theTradeDesk,
  comscore,
  xandr,
  pubmatic,
  nielsen,
  heap,
  fullstory,
  mouseflow,
  crazyEgg,
  fathom,
  crisp,
  drift,
  wistia,
  soundcloud,
  calendly,
  typeform,
  disqus,
  instagramEmbed,
  newRelic,
  criteo,
]
