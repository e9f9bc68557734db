// The script-tag bundle (dist/assent.js, global `Assent`). The only place where the parts
// are wired together: it reads the page's JSON config, starts the core, then each plugin.
import { createConsent } from './core/create-consent'
import { AssentConfigError, isPlainObject } from './core/config-error'
import { fail } from './core/check-shape'
import { gate } from './gate/index'
import { mountUI } from './ui/index'
import { checkOptions as checkUIOptions } from './ui/options'
import { sync, type SyncOptions } from './sync/index'
import { googleConsentMode } from './google/index'
import { autoblock } from './autoblock/index'
import { version } from './version'
import { isUnfinished } from './shared/still-parsing'
import type { Consent, ConsentConfig } from './core/types'
import { EXPLAIN } from './core/explain'

export { createConsent, gate, mountUI, sync, googleConsentMode, version, AssentConfigError }
export { autoblock }

declare global {
  interface Window {
    assentConfig?: unknown
    assent?: Consent
  }
}

/** The page's CSP nonce, read while the bundle runs: a start that waited for the config has
 * no current script to read it from. */
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce

function start(element: HTMLElement | null): void {
  const stops: Array<() => void> = []
  try {
    let config = window.assentConfig
    if (element) {
      try {
        config = JSON.parse(element.textContent!)
      } catch (error) {
        fail('#assent-config', EXPLAIN && 'is not valid JSON: ' + (error as Error).message)
      }
    }
    if (config === undefined) return console.warn('assent: no config (id="assent-config" or window.assentConfig)')
    const { gate: gateOptions = {}, ui: uiOptions, sync: syncOptions, google: googleOptions, autoblock: autoblockOptions, ...coreConfig } = isPlainObject(config) ? config : fail('config', EXPLAIN && 'must be a JSON object')
    // The UI mounts later (DOM ready): check its options now, so that a mistake there also
    // stops everything before any gated tag can run. The preferences offer export and
    // erasure through the sync endpoint.
    const options = uiOptions !== false && { endpoint: (syncOptions as SyncOptions | undefined)?.endpoint, ...checkUIOptions(uiOptions) }
    const consent = createConsent(coreConfig as unknown as ConsentConfig)
    stops.push(consent.destroy)
    // Before anything else: what the page's parser and scripts add from here on is checked.
    if (autoblockOptions !== undefined && autoblockOptions !== false) stops.push(autoblock(consent, autoblockOptions === true ? {} : (autoblockOptions as object)))
    // Google's default must be in the dataLayer before any gated tag can run.
    if (googleOptions !== undefined && googleOptions !== false) stops.push(googleConsentMode(consent, googleOptions === true ? {} : (googleOptions as object)))
    if (syncOptions !== undefined) stops.push(sync(consent, syncOptions as SyncOptions))
    stops.push(gate(consent, isPlainObject(gateOptions) ? { nonce, ...gateOptions } : (gateOptions as object)))
    window.assent = consent
    if (options) mount = () => mountUI(consent, options)
  } catch (error) {
    // A bad config must not break the page; what started is stopped so that nothing
    // non-required runs on a half-read config.
    for (const stop of stops.reverse()) stop()
    delete window.assent
    console.error((error as Error).message)
  }
}

/** Starts with the config once it is there. The config element may follow the bundle: while
 * the page is parsed, each batch of new nodes is looked at (before any later script runs, and
 * gate then finds every gated tag parsed so far), and the element is taken once the parser has
 * moved past it. Parsing done (readyState 'interactive', before deferred scripts) and still no
 * config: a warning, since nothing will start.
 * The UI mounts as soon as `<body>` has its first element, so that the banner is in the page's
 * first frame (Chromium paints the parsed part of a page before the parser has finished):
 * waiting for DOMContentLoaded cost a frame (docs/bench.md, "Banner at 4x"). A server-rendered
 * host comes first in `<body>` (docs/ui.md): then the UI waits until the page is parsed, so
 * that it takes over the whole host. */
let waiting = true
let mount: (() => void) | undefined
const observer = new MutationObserver(check)
function check(): void {
  const element = document.getElementById('assent-config')
  const parsed = document.readyState != 'loading'
  if (waiting && (element ? !isUnfinished(element) : window.assentConfig !== undefined || parsed)) {
    waiting = false
    start(element)
  }
  if (mount && (parsed || document.body?.firstElementChild?.matches(':not(assent-ui)'))) mount = void mount()
  // Both are settled once the page is parsed.
  if (parsed) observer.disconnect()
}
observer.observe(document, { childList: true, subtree: true })
document.addEventListener('readystatechange', check)
check()
