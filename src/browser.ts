// The script-tag bundle (dist/assent.js, global `Assent`). The only place where the parts
// are wired together: it reads the page's JSON config, starts the core, then each plugin.
import { createConsent } from './core/create-consent'
import { AssentConfigError, isPlainObject } from './core/config-error'
import { gate } from './gate/index'
import { mountUI } from './ui/index'
import { checkOptions as checkUIOptions } from './ui/options'
import { sync } from './sync/index'
import { googleConsentMode } from './google/index'
import { version } from './version'
import type { Consent, ConsentConfig } from './core/types'

export { createConsent, gate, mountUI, sync, googleConsentMode, version, AssentConfigError }

declare global {
  interface Window {
    assentConfig?: unknown
    assent?: Consent
  }
}

function readConfig(): Record<string, unknown> | null {
  const element = document.getElementById('assent-config')
  if (element) {
    try {
      return JSON.parse(element.textContent || '')
    } catch (error) {
      throw new AssentConfigError('#assent-config', `is not valid JSON (${(error as Error).message})`)
    }
  }
  return window.assentConfig === undefined ? null : (window.assentConfig as Record<string, unknown>)
}

function whenDomReady(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true })
  else run()
}

function start(): void {
  const stops: Array<() => void> = []
  try {
    const config = readConfig()
    if (config === null) return
    if (!isPlainObject(config)) throw new AssentConfigError('config', 'must be a JSON object')
    const { gate: gateOptions, ui: uiOptions, sync: syncOptions, google: googleOptions, ...coreConfig } = config
    // The UI mounts later (DOM ready): check its options now, so that a mistake there also
    // stops everything before any gated tag can run.
    if (uiOptions !== false) checkUIOptions(uiOptions ?? {})
    const consent = createConsent(coreConfig as unknown as ConsentConfig)
    stops.push(() => consent.destroy())
    // Google's default must be in the dataLayer before any gated tag can run.
    if (googleOptions !== undefined && googleOptions !== false) {
      stops.push(googleConsentMode(consent, googleOptions === true ? {} : (googleOptions as object)))
    }
    if (syncOptions !== undefined) stops.push(sync(consent, syncOptions as never))
    stops.push(gate(consent, (gateOptions ?? {}) as object))
    window.assent = consent
    if (uiOptions !== false) {
      // The preferences offer export and erasure through the sync endpoint.
      const endpoint = isPlainObject(syncOptions) ? syncOptions.endpoint : undefined
      const options = { ...(endpoint === undefined ? {} : { endpoint: endpoint as string }), ...(uiOptions as object) }
      whenDomReady(() => {
        try {
          mountUI(consent, options)
        } catch (error) {
          console.error((error as Error).message)
        }
      })
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
