// Validates gate options against their defaults; a mistake is an AssentConfigError naming the
// field (`gate.…`).
import { checkShape } from '../core/check-shape'

export interface GateTexts {
  /** Text of an iframe placeholder; `{name}` is the service's config `name` (else its key) or the category. */
  blocked: string
  /** Label of the placeholder's button; `{name}` as above. */
  allow: string
}

export interface GateOptions {
  /** Reload the page after a revoke of something gate activated (a script that ran cannot be unloaded). Default false. */
  reloadOnRevoke?: boolean
  /** Placeholder texts (one language; the attribute value overrides `blocked` per element). */
  texts?: Partial<GateTexts>
  /** The page's CSP nonce; a gated script runs only when it carries it. Default: the nonce of the script that calls gate. */
  nonce?: string
}

/** The defaults, and the shape that options must have. */
const DEFAULTS = {
  reloadOnRevoke: false,
  texts: { blocked: 'This content from {name} is blocked until you allow it.', allow: 'Allow {name}' },
  nonce: '',
}

export function resolveGateOptions(options: GateOptions): typeof DEFAULTS {
  checkShape(options, DEFAULTS, 'gate')
  return { ...DEFAULTS, ...options, texts: { ...DEFAULTS.texts, ...options.texts } }
}
