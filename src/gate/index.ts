// PLACEHOLDER until issue 3 lands: the signature the bundle wires.
import type { Consent } from '../core/types'
export interface GateOptions { reloadOnRevoke?: boolean }
export function gate(_consent: Consent, _options: GateOptions = {}): () => void {
  return () => {}
}
