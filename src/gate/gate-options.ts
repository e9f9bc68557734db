// Validates gate options against their defaults; a mistake is an AssentConfigError naming the
// field (`gate.…`).
import { checkShape } from '../core/check-shape'

export interface GateTexts {
  /** What loading the embed shares, when its service has no `description`; `{name}` is the
   * service's name (or the category's). */
  blocked: string
  /** Label of the placeholder's button; `{name}` as above. */
  allow: string
  /** Label of the placeholder's way to the preferences (a `data-assent-open` button); empty for none. */
  preferences: string
}

export interface GateOptions {
  /** Reload the page after a revoke of something gate activated (a script that ran cannot be unloaded). Default false. */
  reloadOnRevoke?: boolean
  /** Placeholder texts (one language; the attribute value overrides `blocked` per element). */
  texts?: Partial<GateTexts>
  /** The page's CSP nonce; a gated script runs only when it carries it. Default: the nonce of the script that calls gate. */
  nonce?: string
}

/** The defaults, and the shape that options must have. Any page load sends the visitor's IP
 * address (the connection) and browser details (the User-Agent header, RFC 9110 10.1.5) to
 * the embed's host, whatever the service. */
const DEFAULTS = {
  reloadOnRevoke: false,
  texts: { blocked: 'Loading this content shares your IP address and browser details with its provider.', allow: 'Allow {name}', preferences: 'Privacy preferences' },
  nonce: '',
}

export function resolveGateOptions(options: GateOptions): typeof DEFAULTS {
  checkShape(options, DEFAULTS, 'gate')
  return { ...DEFAULTS, ...options, texts: { ...DEFAULTS.texts, ...options.texts } }
}
