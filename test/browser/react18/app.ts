// The page of the React 18 hydration test: the provider (banner for an undecided visitor), a
// decision line and a gated part. Rendered by React 18 on the server (server.ts) and hydrated
// by React 18 in Chromium (client.ts); both import it, so both render the same tree.
import { createElement as h } from 'react'
import { AssentProvider, Consent, useConsent, useGranted } from '../../../src/react/index'
import type { ConsentConfig, ConsentRecord } from '../../../src/core/types'

export const config: ConsentConfig = {
  policy: { version: '1', url: '/privacy' },
  categories: { necessary: { required: true }, analytics: {}, marketing: { services: { youtube: {} } } },
}

function Decision() {
  const consent = useConsent()
  const analytics = useGranted('analytics')
  return h('p', { 'data-decision': consent?.record?.action ?? '' }, `Analytics ${analytics ? 'allowed' : 'refused'}.`)
}

export const app = (record: ConsentRecord | null) =>
  h(AssentProvider, { config, record },
    h('main', null,
      h('h1', null, 'React 18'),
      h(Decision),
      h(Consent, { name: 'marketing', fallback: h('p', { 'data-video-off': '' }, 'The video is off.') }, h('figure', { 'data-video': '' }, 'Video'))))
