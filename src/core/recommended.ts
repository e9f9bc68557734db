// The 'recommended' preset of `regimes`, as of 2026-12-01. docs/regimes.md gives the law
// behind each line with its source; laws change, so the preset says when it held.
import type { RegimeModel, RegimeRule } from './types'

/** The date the preset was last checked against the laws it follows. */
export const RECOMMENDED_AS_OF = '2026-12-01'

/** The models, in the order of the preset's lists below (and of the error that lists them). */
export const MODELS: RegimeModel[] = ['opt-in', 'opt-out', 'none']

// Opt-in: the EEA (GDPR, ePrivacy Directive art. 5(3)), the UK (UK GDPR, PECR reg. 6),
// Switzerland, Quebec (Law 25, s. 8.1) and Brazil (LGPD), and where the law is unknown.
// Opt-out: the US, and by name the states whose privacy laws require honouring a universal
// opt-out signal such as GPC (docs/regimes.md lists each statute).
export const RECOMMENDED: Record<string, RegimeRule> = Object.fromEntries(
  ['EEA GB CH CA-QC BR default', 'US US-CA US-CO US-CT US-DE US-MD US-MN US-MT US-NE US-NH US-NJ US-OR US-TX']
    .flatMap((keys, model) => keys.split(' ').map((key) => [key, MODELS[model]])),
)
