// The hooks read the core through useSyncExternalStore: on the server and in the hydration
// render they read the server snapshot (the record the provider was given), so the first HTML
// and hydration agree; then every 'change' (a decision, withdraw, reset, another tab) renders
// again with the core's own answer.
import { useCallback, useContext, useSyncExternalStore } from 'react'
import { Context, grantedIn } from './context'
import type { Consent } from '../core/types'

function useChanges<T>(read: (consent: Consent) => T, server: () => T): T {
  const { consent } = useContext(Context)
  const subscribe = useCallback((onChange: () => void) => (consent ? consent.on('change', onChange) : () => {}), [consent])
  return useSyncExternalStore(subscribe, consent ? () => read(consent) : server, server)
}

/** The Consent instance (null in the server render and during hydration); renders again on every change. */
export function useConsent(): Consent | null {
  const { consent } = useContext(Context)
  useChanges((live) => live.record, () => null)
  return consent
}

/** Whether a category or service is granted; the server render and hydration agree. */
export function useGranted(name: string): boolean {
  const context = useContext(Context)
  return useChanges((live) => live.granted(name), () => grantedIn(context, name))
}
