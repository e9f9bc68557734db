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
import type { Consent, ConsentConfig } from './core/types'

export { createConsent, gate, mountUI, sync, googleConsentMode, version, AssentConfigError }
export { autoblock }

declare global {
  interface Window {
    assentConfig?: unknown
    assent?: Consent
  }
}

function start(): void {
  const stops: Array<() => void> = []
  try {
    const element = document.getElementById('assent-config')
    let config = window.assentConfig
    if (element) {
      try {
        config = JSON.parse(element.textContent!)
      } catch (error) {
        fail('#assent-config', 'is not valid JSON: ' + (error as Error).message)
      }
    }
    if (config === undefined) return
    const { gate: gateOptions, ui: uiOptions, sync: syncOptions, google: googleOptions, autoblock: autoblockOptions, ...coreConfig } = isPlainObject(config) ? config : fail('config', 'must be a JSON object')
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
    stops.push(gate(consent, gateOptions as object))
    window.assent = consent
    if (options) {
      const mount = () => mountUI(consent, options)
      if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true })
      else mount()
    }
  } catch (error) {
    // A bad config must not break the page; what started is stopped so that nothing
    // non-required runs on a half-read config.
    for (const stop of stops.reverse()) stop()
    delete window.assent
    console.error((error as Error).message)
  }
}

start()
