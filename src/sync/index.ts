// PLACEHOLDER until issue 5 lands: the signature the bundle wires.
import type { Consent } from '../core/types'
export interface SyncOptions { endpoint: string; headers?: Record<string, string> }
export function sync(_consent: Consent, _options: SyncOptions): () => void {
  return () => {}
}
