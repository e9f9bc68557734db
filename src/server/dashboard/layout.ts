// The page shell every dashboard page shares: skip link, navigation, the records-stopped
// warning (on every page, so it is seen), and the sign-out form.
import { html, type Raw } from './html'

export type Section = 'overview' | 'subject' | 'health'

export interface PageParts {
  title: string
  base: string
  body: Raw
  /** Signed in: the navigation and the sign-out form (with the session's form token). */
  csrf?: string
  section?: Section
  warning?: Raw | null
}

const SECTIONS: Array<[Section, string, string]> = [['overview', 'Overview', ''], ['subject', 'Subject look-up', '/subject'], ['health', 'Health', '/health']]

export function page({ title, base, body, csrf, section, warning }: PageParts): string {
  const nav = csrf === undefined ? null : html`<nav aria-label="Dashboard"><ul>${SECTIONS.map(([id, label, path]) =>
    html`<li><a href="${base}${path || ''}"${id === section ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul></nav>
    <form method="post" action="${base}/sign-out"><input type="hidden" name="csrf" value="${csrf}"><button type="submit">Sign out</button></form>`
  const href = base === '' ? '/' : base
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · assent dashboard</title><link rel="stylesheet" href="${base}/dashboard.css"></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="top"><p class="brand"><a href="${href}">assent dashboard</a></p>${nav}</header>
<main id="main">${warning ?? ''}<h1>${title}</h1>${body}</main></body></html>`}`
}
