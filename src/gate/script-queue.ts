// Activated scripts run in document order, as parser-inserted ones would: external and module
// scripts go into the browser's in-order list (`async = false`, downloads in parallel), and an
// inline classic script waits until the external scripts queued before it have loaded. The
// in-order list runs them in turn, so the load (or error) of the last one stands for all.
import { trusted } from './trusted-types'
import { gateScripts } from './gate-scripts'

/** Attributes that gating owns; every other attribute is copied as is. */
const OWN_ATTRIBUTE = /^(type|src|nonce|data-assent.*)$/

let chain: Promise<unknown> = Promise.resolve()
/** Settles when the last in-order external script queued so far has run (or failed). */
let loaded: Promise<unknown> = chain

/** Replaces a gated `<script type="text/plain">` by a live copy, after the ones queued before. */
export function queueScript(old: HTMLScriptElement): void {
  const src = old.dataset.assentSrc || old.getAttribute('src')
  const type = old.dataset.assentType
  chain = chain.then(() => src || type == 'module' || loaded).then(() => {
    // Removed from the page while it waited (an SPA route change, say): it does not run.
    if (!old.parentNode) return
    const live = document.createElement('script')
    gateScripts.add(live)
    for (const { name, value } of old.attributes) if (!OWN_ATTRIBUTE.test(name)) live.setAttribute(name, value)
    if (type) live.type = type
    // The content attribute is hidden once inserted; the property keeps the nonce.
    live.nonce = old.nonce
    live.async = old.hasAttribute('async')
    if (src) {
      live.src = trusted('createScriptURL', src)
      // Listeners, not handlers: an `onload` attribute copied from the markup must still run.
      if (!live.async) loaded = new Promise((done) => (live.addEventListener('load', done), live.addEventListener('error', done)))
    } else {
      live.text = trusted('createScript', old.text)
    }
    old.replaceWith(live)
  }).catch(console.error)
}
