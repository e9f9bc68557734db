// AssentProvider: creates the core once per mount on the client (or takes a given one), starts
// the plugins and mounts the UI, and hands the core to the hooks. The server render and the
// hydration render see no core, only the `record` read from the request's cookie
// (readConsentCookie), so both render the same markup.
import { createElement, useEffect, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react'
import { createConsent } from '../core/create-consent'
import { mountUI, serverBanner, type UIOptions } from '../ui/index'
import { Context } from './context'
import type { Consent, ConsentConfig, ConsentRecord } from '../core/types'

/** A plugin such as `gate` or `(c) => sync(c, { endpoint })`: started with the core, its returned function stops it. */
export type AssentPlugin = (consent: Consent) => (() => void) | void

export interface AssentProviderProps {
  /** The createConsent config; ignored when `consent` is given. Read once per mount. */
  config?: ConsentConfig
  /** A core created by the page; the provider does not destroy it. */
  consent?: Consent
  /** The server's view of the visitor's decision (readConsentCookie), for the server and hydration
   * renders. null (read, and no valid decision) also puts the banner in the server's HTML. */
  record?: ConsentRecord | null
  /** mountUI options; false for no UI (headless). Default: the UI with its defaults. */
  ui?: UIOptions | false
  /** Started once per mount, in order, after the core; stopped on unmount. */
  plugins?: AssentPlugin[]
  children?: ReactNode
}

// Before the browser paints (no frame of fallback content on a client-only page); React 18
// warns of a layout effect in a server render, which runs no effects anyway.
const useClientEffect = typeof document == 'object' ? useLayoutEffect : useEffect
const never = () => () => {}

export function AssentProvider({ config, consent: given, record, ui, plugins = [], children }: AssentProviderProps) {
  const [consent, setConsent] = useState<Consent | null>(null)
  // True in the server render and in hydration (React reads the server snapshot), false in a
  // client-only render, where the banner has to be built by mountUI.
  const fromServer = useSyncExternalStore(never, () => false, () => true)
  // Rendered once, in the server render and the hydration render alike, and kept as it is:
  // mountUI takes the banner over inside it, and the host stays for the provider's lifetime.
  const [banner] = useState(() => fromServer && record === null && ui !== false ? serverBanner(given?.config ?? config!, ui) : null)
  useClientEffect(() => {
    const live = given ?? createConsent(config!)
    const stops = plugins.map((plugin) => plugin(live))
    const mounted = ui === false ? undefined : mountUI(live, ui)
    setConsent(live)
    return () => {
      mounted?.destroy()
      for (const stop of stops.reverse()) stop?.()
      if (!given) live.destroy()
      setConsent(null)
    }
    // Once per mount (and per given core): a new config object on each render must not
    // create a new core.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [given])
  return createElement(Context.Provider, { value: { consent, record: record ?? null, config: given?.config ?? config } },
    // The shadow root is the browser's (declarative), which React neither renders nor compares.
    // `class`, not `className`: React 18 writes a custom element's props as attributes by name.
    banner && createElement('assent-ui', { class: banner.host.class, lang: banner.host.lang, 'data-assent-ssr': '', 'data-assent-state': 'banner', suppressHydrationWarning: true, dangerouslySetInnerHTML: { __html: banner.html } }),
    children)
}
