// The 'recommended' preset of `regimes`, as of 2026-12-01. docs/regimes.md gives the law
// behind each line with its source; laws change, so the preset says when it held.
import type { RegimeRule } from './types'

/** The date the preset was last checked against the laws it follows. */
export const RECOMMENDED_AS_OF = '2026-12-01'

// US states whose privacy laws require honouring a universal opt-out signal such as GPC
// (docs/regimes.md lists each statute): an opt-out regime, as for the rest of the US.
const US_OPT_OUT = 'CA CO CT DE MD MN MT NE NH NJ OR TX'

export const RECOMMENDED: Record<string, RegimeRule> = {
  EEA: 'opt-in', // GDPR and the ePrivacy Directive, art. 5(3)
  GB: 'opt-in', // UK GDPR and PECR reg. 6
  CH: 'opt-in', // revised FADP; see docs/regimes.md on why opt-in
  'CA-QC': 'opt-in', // Quebec's Law 25, s. 8.1 (off by default)
  BR: 'opt-in', // LGPD
  US: 'opt-out',
  ...Object.fromEntries(US_OPT_OUT.split(' ').map((state) => ['US-' + state, 'opt-out'])),
  default: 'opt-in',
}
