// Activated scripts run in document order, as parser-inserted ones would: external and module
// scripts go into the browser's in-order list (`async = false`, downloads in parallel), and an
// inline classic script waits until the external scripts queued before it have loaded.
import { trusted } from './trusted-types'

/** Attributes that gating owns; every other attribute is copied as is. */
const OWN_ATTRIBUTE = /^(type|src|nonce|data-assent.*)$/

let chain: Promise<unknown> = Promise.resolve()
let loading: Promise<unknown>[] = []

/** Replaces a gated `<script type="text/plain">` by a live copy, after the ones queued before. */
export function queueScript(old: HTMLScriptElement): void {
  chain = chain.then(async () => {
    const src = old.getAttribute('data-assent-src') || old.getAttribute('src')
    const type = old.getAttribute('data-assent-type')
    if (!src && type != 'module') {
      await Promise.all(loading)
      loading = []
    }
    // Removed from the page while it waited (an SPA route change, say): it does not run.
    if (!old.parentNode) return
    const live = document.createElement('script')
    for (const { name, value } of old.attributes) if (!OWN_ATTRIBUTE.test(name)) live.setAttribute(name, value)
    if (type) live.type = type
    // The content attribute is hidden once inserted; the property keeps the nonce.
    live.nonce = old.nonce
    live.async = old.hasAttribute('async')
    if (src) {
      live.src = trusted('createScriptURL', src)
      // Listeners, not handlers: an `onload` attribute copied from the markup must still run.
      if (!live.async) loading.push(new Promise((done) => ['load', 'error'].map((event) => live.addEventListener(event, done))))
    } else {
      live.text = trusted('createScript', old.text)
    }
    old.replaceWith(live)
  }).catch(console.error)
}
