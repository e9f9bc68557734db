// PLACEHOLDER until issue 8 lands: the signature the bundle wires.
import type { Consent } from '../core/types'
export interface GoogleConsentModeOptions { mapping?: Record<string, string[]> }
export function googleConsentMode(_consent: Consent, _options: GoogleConsentModeOptions = {}): () => void {
  return () => {}
}
