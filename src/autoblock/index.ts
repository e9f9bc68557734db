// `assent/autoblock`: tags the site did not mark up are held while the name (service or
// category) whose hosts match their URL is not granted: what the parser inserts (one
// MutationObserver, started at once, sees each element before a script can run), what scripts
// create and insert (patched setters and insertion methods), and requests (fetch, XHR,
// sendBeacon). On grant, held elements load once, in the order held. Start it first.
import type { Consent } from '../core/types'
import { release, scan, useRules } from './held-elements'
import { holdInsertions } from './hold-insertions'
import { hostRules, type AutoblockOptions } from './host-rules'
import { restore } from './patches'
import { refuseRequests } from './refuse-requests'

export type { AutoblockOptions } from './host-rules'

export function autoblock(consent: Consent, options: AutoblockOptions = {}): () => void {
  useRules(hostRules(consent, options))
  // What the parser inserts: it performs a microtask checkpoint before it runs a script, so
  // the observer has taken the src away by then. (What its preload scanner fetched is out of
  // reach: docs/autoblock.md.) Once parsing is over, every insertion goes through a patched
  // method that checks first, so the observer stops: a page's own DOM work pays once.
  const observer = new MutationObserver((records) => {
    records.forEach((record) => record.addedNodes.forEach(scan))
    // (The parser's last records come at the end of its task: the next call is the first after.
    // Started after parsing, it stops at the first call.)
    if (document.readyState != 'loading') observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true })
  holdInsertions()
  refuseRequests()
  // Only granted names release anything; a revoke needs nothing: each new attempt is checked
  // against the choices of that moment.
  const unbind = consent.on('change', release)
  release()
  return () => {
    observer.disconnect()
    unbind()
    restore()
  }
}
