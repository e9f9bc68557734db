// Fixture sites for the audit tests: each a page with the script-tag bundle and one known
// mistake (or none), served under its own path by the harness's server.
import type { Route, Handler } from './harness'
import { bundlePage } from './harness'

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-FIX'
const base = (extra: object = {}) => ({
  policy: { version: '1' },
  categories: { necessary: { required: true }, analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'] } } } },
  ...extra,
})
const gatedGtag = `<script type="text/plain" data-assent="analytics" data-assent-service="ga4" src="${GTAG}"></script>`
const loadGtag = `function loadGtag() { var s = document.createElement('script'); s.src = '${GTAG}'; document.head.appendChild(s) }`
const footer = '<footer><a href="#" data-assent-open>Cookie settings</a></footer>'

let counter = 0

export const SITES: Record<string, Route | Handler> = {
  // Done right: the tag waits for consent.
  '/good/': { body: bundlePage(base(), `<h1>Good</h1>${footer}`, gatedGtag) },
  // Fires analytics on the first view, before the visitor has chosen (then follows the choice).
  '/before-consent/': { body: bundlePage(base(), `<h1>Before consent</h1>${footer}`, `<script>${loadGtag}; if (!window.assent.decided) loadGtag()</script>`) },
  // Treats any click on the banner as consent.
  '/ignores-reject/': { body: bundlePage(base(), `<h1>Ignores reject</h1>${footer}`, `<script>${loadGtag}
    window.assent.on('change', function (record) { if (record.source === 'banner') loadGtag() })
    if (window.assent.record && window.assent.record.source === 'banner') loadGtag()</script>`) },
  // Opt-out style: tracks until the visitor refuses, and does not honour GPC.
  '/ignores-gpc/': { body: bundlePage(base({ honorGlobalPrivacyControl: false }), `<h1>Ignores GPC</h1>${footer}`, `<script>${loadGtag}
    if (!(window.assent.record && window.assent.record.choices.analytics === false)) loadGtag()</script>`) },
  // A declared cookie that the server sets HttpOnly: the page's clean-up cannot delete it.
  '/withdraw/': { body: bundlePage({ ...base(), categories: { necessary: { required: true }, analytics: { services: { stats: { cookies: ['stats_id'] } } } } },
    `<h1>Withdraw</h1>${footer}`, '<script type="text/plain" data-assent="analytics" data-assent-service="stats" src="/withdraw/stats.js"></script>') },
  '/withdraw/stats.js': { body: "fetch('/withdraw/collect')", type: 'text/javascript' },
  '/withdraw/collect': (_req, res) => void res.writeHead(204, { 'set-cookie': `stats_id=v${++counter}; Path=/; HttpOnly; Max-Age=86400` }).end(),
  // No banner at all (the UI turned off), though analytics needs consent.
  '/no-banner/': { body: bundlePage(base({ ui: false }), '<h1>No banner</h1>', gatedGtag) },
  // The site's own banner on assent's hooks, with no reject on its first layer.
  '/no-reject/': { body: bundlePage(base({ ui: false }), `<h1>No reject</h1>
    <div data-assent-banner hidden><p>We use cookies.</p><button data-assent-action="accept-all">OK</button>
      <button data-assent-action="preferences">Settings</button></div>
    <div data-assent-preferences hidden><button data-assent-action="reject-all">Reject all</button>
      <button data-assent-action="accept-all">Accept all</button></div>${footer}
    <script>
      var consent = window.assent, banner = document.querySelector('[data-assent-banner]'), prefs = document.querySelector('[data-assent-preferences]')
      if (!consent.decided) banner.hidden = false
      document.addEventListener('click', function (event) {
        var target = event.target.closest('[data-assent-action], [data-assent-open]')
        if (!target) return
        event.preventDefault()
        var action = target.getAttribute('data-assent-action')
        if (!action || action === 'preferences') { banner.hidden = true; prefs.hidden = false; return }
        if (action === 'accept-all') consent.acceptAll('banner')
        if (action === 'reject-all') consent.rejectAll('preferences')
        banner.hidden = prefs.hidden = true
      })
    </script>`, gatedGtag) },
  // Hotjar (in the catalogue) after analytics consent, but not in the config; and a widget
  // from a host nobody knows.
  '/undeclared/': { body: bundlePage(base(), `<h1>Undeclared</h1>${footer}`, `${gatedGtag}
    <script src="https://cdn.widgets.example/widget.js"></script>
    <script>window.assent.when('analytics').then(function () {
      var s = document.createElement('script'); s.src = 'https://static.hotjar.com/c/hotjar-1.js'; document.head.appendChild(s) })</script>`) },
}
