// Browser privacy signals. Read once per page load: GPC is fixed per navigation by spec.
import type { Signals } from './types'

/** DNT is on only for "1" (standard) or "yes" (Firefox before 32); "0", "unspecified" and null are off. */
function isDoNotTrackOn(value: unknown): boolean {
  return value === '1' || value === 'yes'
}

export function readSignals(): Signals {
  if (typeof navigator === 'undefined') return { doNotTrack: false, globalPrivacyControl: false }
  const nav = navigator as Navigator & { msDoNotTrack?: string; globalPrivacyControl?: boolean }
  const win = (typeof window === 'undefined' ? {} : window) as { doNotTrack?: string }
  return {
    doNotTrack: isDoNotTrackOn(nav.doNotTrack) || isDoNotTrackOn(win.doNotTrack) || isDoNotTrackOn(nav.msDoNotTrack),
    // Strictly `true`: undefined (unsupported) and false both mean no signal.
    globalPrivacyControl: nav.globalPrivacyControl === true,
  }
}
