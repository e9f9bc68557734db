// The stand-ins that autoblock's tests add to the examples' ones (stand-ins.ts), at their
// real URLs, and a log of every request the browser made to a third-party host (the preload
// scanner's included).
import { readFileSync } from 'node:fs'
import type { BrowserContext } from 'playwright-core'
import { routeThirdParties } from './stand-ins'

const dir = new URL('../../examples/stand-ins/', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, dir))
const script = (file: string) => ({ status: 200, contentType: 'text/javascript', body: read('cookie-domain.js').toString() + ';\n' + read(file).toString() })

/** Routes every stand-in; returns the URLs requested from hosts other than 127.0.0.1, in order. */
export async function routeTags(context: BrowserContext): Promise<string[]> {
  await routeThirdParties(context)
  await context.route('https://static.hotjar.com/c/**', (route) => route.fulfill(script('hotjar.js')))
  await context.route('https://www.googletagmanager.com/gtm.js**', (route) => route.fulfill(script('gtm.js')))
  await context.route('https://bat.bing.com/**', (route) => route.fulfill(script('bing.js')))
  await context.route('https://snap.licdn.com/**', (route) => route.fulfill(script('linkedin.js')))
  await context.route('https://www.facebook.com/tr**', (route) => route.fulfill({ status: 200, contentType: 'image/gif', body: read('pixel.gif') }))
  const requests: string[] = []
  context.on('request', (request) => {
    if (!new URL(request.url()).hostname.startsWith('127.')) requests.push(request.url())
  })
  return requests
}

/** The standard snippets of the tags, unchanged, as a site pastes them. */
export const SNIPPETS = {
  gtag: `<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)} gtag('js', new Date()); gtag('config', 'G-TEST')</script>`,
  metaPixel: `<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init', '1234');fbq('track', 'PageView');</script>`,
  hotjar: `<script>(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1234,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>`,
  gtm: `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-TEST');</script>`,
  youtube: `<iframe id="video" width="560" height="315" src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE" title="video"></iframe>`,
  pixel: `<img id="pixel" height="1" width="1" alt="" src="https://www.facebook.com/tr?id=1234&ev=PageView&noscript=1">`,
  beacon: `<script>addEventListener('pagehide', function () { window.beaconSent = navigator.sendBeacon('https://www.google-analytics.com/g/collect?en=page_hide') })</script>`,
}
