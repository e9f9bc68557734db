// What the provider shares with the hooks: the live core (null in the server render and until
// the provider's first effect), and the server's view for the render before it: the record
// from readConsentCookie and the config, to tell required purposes.
import { createContext } from 'react'
import type { Consent, ConsentConfig, ConsentRecord } from '../core/types'

export interface AssentContext {
  consent: Consent | null
  record: ConsentRecord | null
  config?: ConsentConfig
}

export const Context = createContext<AssentContext>({ consent: null, record: null })

/** Whether `name` is granted by `record` alone (the server snapshot): what the core's
 * granted() says once it has read the same record from the cookie. */
export function grantedIn({ record, config }: AssentContext, name: string): boolean {
  const categories = config?.categories ?? {}
  for (const category in categories) {
    // A required category and its services are granted, even before any decision.
    if (categories[category].required && (category == name || name in (categories[category].services ?? {}))) return true
  }
  return (record?.choices[name] ?? record?.services[name]) === true
}
