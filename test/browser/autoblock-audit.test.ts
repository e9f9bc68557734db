// `assent audit` (the real command, in real Chromium) on fixture sites whose tags are not
// marked up at all but run under autoblock: a site whose tags are added by scripts (the Meta
// Pixel, Hotjar and Tag Manager snippets, gtag.js, a Google Analytics hit and a YouTube embed
// made by script, a pagehide beacon) has no tracking-before-consent; tags written in the HTML are
// shown for what the browser fetched before any script could act (docs/autoblock.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundlePage, startServer, type TestServer } from './harness'
import { codes, findingOf, runAudit, startThirdParties, type ThirdParties } from './audit-run'
import { SNIPPETS } from './autoblock-stand-ins'
import { googleAnalytics, googleTagManager, hotjar, linkedinInsight, metaPixel, youtube } from '../../src/services/index'

const config = {
  policy: { version: '1' },
  categories: {
    necessary: { required: true },
    analytics: { services: { ga4: googleAnalytics, hotjar, gtm: googleTagManager } },
    marketing: { services: { facebook: metaPixel, youtube, linkedin: linkedinInsight } },
  },
  autoblock: { rules: { marketing: ['bat.bing.com'] } },
}
const footer = '<footer><a href="#" data-assent-open>Cookie settings</a></footer>'
/** Google Analytics (gtag.js with its config, inserted by a script as a plugin or a tag
 * manager does, and a hit by image) and a YouTube embed, all made by scripts. */
const SCRIPT_MADE = `<div id="player"></div><script>
  var loader = document.createElement('script')
  loader.async = true
  loader.src = 'https://www.googletagmanager.com/gtag/js?id=G-TEST'
  document.head.appendChild(loader)
  window.dataLayer = window.dataLayer || []
  function gtag() { dataLayer.push(arguments) }
  gtag('js', new Date())
  gtag('config', 'G-TEST')
  var frame = document.createElement('iframe')
  frame.src = 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'
  document.getElementById('player').appendChild(frame)
  new Image().src = 'https://www.google-analytics.com/collect?v=1&t=pageview'
</script>${SNIPPETS.beacon}`

/** The markup-gated alternative for the tags written in the HTML (docs/autoblock.md). */
const MARKED_GTAG = SNIPPETS.gtag.replace('<script async src=', '<script type="text/plain" data-assent="analytics" data-assent-service="ga4" async src=')
const MARKED_YOUTUBE = SNIPPETS.youtube.replace(' src=', ' data-assent="marketing" data-assent-service="youtube" data-assent-src=')

let site: TestServer
let thirdParties: ThirdParties
beforeAll(async () => {
  site = await startServer({
    '/script-made/': { body: bundlePage(config, `<h1>Unmarked, script-made</h1>${SCRIPT_MADE}${footer}`, SNIPPETS.metaPixel + SNIPPETS.hotjar + SNIPPETS.gtm) },
    '/marked-in-html/': { body: bundlePage(config, `<h1>Marked in the HTML, unmarked from scripts</h1>${MARKED_YOUTUBE}${footer}`, MARKED_GTAG + SNIPPETS.metaPixel + SNIPPETS.hotjar) },
    '/in-html/': { body: bundlePage(config, `<h1>Unmarked, in the HTML</h1>${SNIPPETS.youtube}${SNIPPETS.pixel}${footer}`, SNIPPETS.gtag + SNIPPETS.metaPixel + SNIPPETS.hotjar) },
  })
  thirdParties = await startThirdParties()
})
afterAll(async () => {
  await site?.close()
  await thirdParties?.close()
})

const MORE_HOSTS = ['www.facebook.com', 'bat.bing.com', 'snap.licdn.com']
const audit = (path: string) => runAudit([`${site.url}${path}`, '--pages', '1', ...MORE_HOSTS.flatMap((host) => ['--dev-route', `${host}=${thirdParties.url}`])], thirdParties)
const hostsOf = (requests: { host: string }[] = []) => [...new Set(requests.map((request) => request.host))].sort()

describe('assent audit on unmarked tags under autoblock', () => {
  it('script-made tags: no tracking before consent, after reject or under GPC; they load after accept', async () => {
    const run = await audit('/script-made/')
    expect(codes(run.report, 'error')).toEqual([])
    const { phases } = run.report!
    for (const phase of ['first-visit', 'reject', 'gpc'] as const) {
      expect(hostsOf(phases[phase]!.requests.filter((request) => request.thirdParty)), phase).toEqual([])
      expect(phases[phase]!.cookies.map((cookie) => cookie.name), phase).toEqual(phase == 'first-visit' ? [] : ['assent'])
    }
    expect(hostsOf(phases.accept!.requests.filter((request) => request.thirdParty))).toEqual(expect.arrayContaining([
      'connect.facebook.net', 'static.hotjar.com', 'www.google-analytics.com', 'www.googletagmanager.com', 'www.youtube-nocookie.com',
    ]))
    expect(phases.accept!.cookies.map((cookie) => cookie.name)).toEqual(expect.arrayContaining(['_fbp', '_ga', '_ga_TEST']))
  }, 240_000)

  it('tags in the HTML: the audit shows the requests that the browser made before any script could act, and nothing else', async () => {
    const run = await audit('/in-html/')
    expect(codes(run.report, 'error')).toContain('tracking-before-consent first-visit')
    const first = run.report!.phases['first-visit']!
    expect(first.requests.filter((request) => request.thirdParty).map((request) => request.url).sort()).toEqual([
      'https://www.facebook.com/tr?id=1234&ev=PageView&noscript=1',
      'https://www.googletagmanager.com/gtag/js?id=G-TEST',
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE',
    ])
    expect(first.cookies).toEqual([])
    expect(findingOf(run.report, 'tracking-before-consent')!.evidence.every((item) => 'request' in item)).toBe(true)
  }, 240_000)

  it('the same tags, those in the HTML marked up and the script-made ones not: no error', async () => {
    const run = await audit('/marked-in-html/')
    expect(codes(run.report, 'error'), run.stdout).toEqual([])
    expect(hostsOf(run.report!.phases['first-visit']!.requests.filter((request) => request.thirdParty))).toEqual([])
    expect(hostsOf(run.report!.phases.accept!.requests.filter((request) => request.thirdParty))).toEqual(expect.arrayContaining([
      'connect.facebook.net', 'static.hotjar.com', 'www.googletagmanager.com', 'www.youtube-nocookie.com',
    ]))
    expect(run.report!.phases.accept!.cookies.map((cookie) => cookie.name)).toEqual(expect.arrayContaining(['_fbp', '_ga', '_ga_TEST']))
  }, 240_000)
})
