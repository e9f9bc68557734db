// The site's assent config, shared by every page. The other way to configure assent is an
// inline <script type="application/json" id="assent-config"> (see the pixelant example).
window.assentConfig = {
  policy: { version: '2026-11-01', url: '/script-tag/privacy.html' },
  categories: {
    necessary: { required: true },
    analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'] } } },
    marketing: {
      services: {
        facebook: { cookies: ['_fbp'] },
        youtube: { cookies: ['VISITOR_INFO1_LIVE', 'YSC'], storage: ['yt-*'] },
      },
    },
  },
  ui: {
    layout: 'bar',
    texts: {
      en: {
        services: {
          ga4: { title: 'Google Analytics', description: 'Counts visits and page views.' },
          facebook: { title: 'Meta Pixel', description: 'Measures the effect of our ads.' },
          youtube: { title: 'YouTube', description: 'Plays embedded videos.' },
        },
      },
    },
  },
  // Where the visitor is: the site's edge writes it into the page (docs/regimes.md); empty is unknown.
  region: document.querySelector('meta[name="assent-region"]')?.content || null,
  // What applies where (SPEC section 10). A site can also write `regimes: 'recommended'`; this
  // one adds a 'none' region and the UK's statistics exemption to show every model.
  regimes: {
    EEA: 'opt-in',
    // UK: first-party statistics without consent, with a right to object (Data (Use and Access) Act 2025).
    GB: { model: 'opt-in', optOut: ['analytics'] },
    US: 'opt-out',
    JP: 'none',
    default: 'opt-in',
  },
  sync: { endpoint: '/consent/v1' },
  google: true,
}
