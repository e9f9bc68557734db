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
  sync: { endpoint: '/consent/v1' },
  google: true,
}
