// The UI's DOM helpers: `element` (shared with the gate's placeholders) and `safeLink`.
import { element } from '../shared/element'

export { element, type Child } from '../shared/element'

/** A link only for http(s) or relative URLs: a `javascript:` URL in a config must not run. */
export function safeLink(url: string | undefined, text: string): HTMLAnchorElement | undefined {
  const link = element('a', { href: url || '' }, text)
  if (url && /^https?:$/.test(link.protocol)) return link
}
