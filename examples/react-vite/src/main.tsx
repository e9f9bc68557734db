// A React single-page app using assent/react: the provider creates the core, mounts the UI and
// starts gating and sync; components read consent through hooks and <Consent>.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { gate } from 'assent/gate'
import { sync } from 'assent/sync'
import { AssentProvider } from 'assent/react'
import type { ConsentConfig } from 'assent'
import { App } from './App'
import '../../placeholder.css'

const endpoint = '/consent/v1'
const config: ConsentConfig = {
  policy: { version: '2026-11-01', url: '/script-tag/privacy.html' },
  categories: {
    necessary: { required: true },
    analytics: { services: { stats: { cookies: ['rv_stats'] } } },
    marketing: { services: { youtube: { cookies: ['VISITOR_INFO1_LIVE', 'YSC'] } } },
  },
}
// Module-level, so that they are the same array on every render (the provider reads them once per mount anyway).
const plugins = [gate, (consent: Parameters<typeof gate>[0]) => sync(consent, { endpoint })]

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AssentProvider config={config} ui={{ layout: 'box', endpoint }} plugins={plugins}>
      <App />
    </AssentProvider>
  </StrictMode>,
)
