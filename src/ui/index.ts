// PLACEHOLDER until issue 4 lands: the signature the bundle wires.
import type { Consent } from '../core/types'
export interface UIOptions { layout?: string }
export interface UI { showBanner(): void; showPreferences(): void; hide(): void; destroy(): void }
export function mountUI(_consent: Consent, _options: UIOptions = {}): UI {
  const noop = () => {}
  return { showBanner: noop, showPreferences: noop, hide: noop, destroy: noop }
}
