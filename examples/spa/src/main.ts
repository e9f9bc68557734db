// A single-page app using assent from npm: the core, gating, the UI and sync. Routes add gated
// elements after start; gate activates them as they appear.
import { createConsent } from 'assent'
import { gate } from 'assent/gate'
import { mountUI } from 'assent/ui'
import { sync } from 'assent/sync'
import { showRoute } from './routes'

const endpoint = '/consent/v1'
const consent = createConsent({
  policy: { version: '2026-11-01', url: '/script-tag/privacy.html' },
  categories: {
    necessary: { required: true },
    analytics: { services: { stats: { cookies: ['spa_stats'] } } },
    marketing: { services: { youtube: { cookies: ['VISITOR_INFO1_LIVE', 'YSC'] } } },
  },
})
sync(consent, { endpoint })
gate(consent)
mountUI(consent, { layout: 'box', endpoint })

// Programmatic gating works too: code that waits for consent instead of markup.
consent.when('analytics').then(() => document.documentElement.setAttribute('data-analytics-ready', ''))

const view = document.getElementById('view')!
const render = () => showRoute(view, location.hash.slice(1) || '/')
window.addEventListener('hashchange', render)
render()

Object.assign(window, { assent: consent })
