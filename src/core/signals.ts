// Browser privacy signals. Read once per page load: GPC is fixed per navigation by spec.
import type { Signals } from './types'

/** DNT is on only for "1" (standard) or "yes" (Firefox before 32); "0", "unspecified" and null are off. */
function isDoNotTrackOn(value: unknown): boolean {
  return value === '1' || value === 'yes'
}

export function readSignals(): Signals {
  // Optional chaining: the core also runs in Node, which may have no navigator.
  const nav = globalThis.navigator as (Navigator & { msDoNotTrack?: string; globalPrivacyControl?: boolean }) | undefined
  return {
    doNotTrack: isDoNotTrackOn(nav?.doNotTrack) || isDoNotTrackOn((globalThis as { doNotTrack?: string }).doNotTrack) || isDoNotTrackOn(nav?.msDoNotTrack),
    globalPrivacyControl: nav?.globalPrivacyControl === true,
  }
}
