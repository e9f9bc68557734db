// Validates gate options; a mistake is an AssentConfigError naming the field (`gate.…`).
import { AssentConfigError } from '../core/config-error'

export interface GateTexts {
  /** Text of an iframe placeholder; `{name}` is the service or category. */
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

export interface ResolvedGateOptions {
  reloadOnRevoke: boolean
  texts: GateTexts
  nonce?: string
}

/** Throws on a key outside `types` or a value of another type than it says. */
function check(field: string, value: object, types: Record<string, string>): void {
  for (const [key, item] of Object.entries(value)) {
    if (typeof item != types[key]) throw new AssentConfigError(field + key, types[key] ? 'must be a ' + types[key] : 'is not a known option')
  }
}

export function resolveGateOptions(options: GateOptions): ResolvedGateOptions {
  check('gate.', options, { reloadOnRevoke: 'boolean', texts: 'object', nonce: 'string' })
  check('gate.texts.', options.texts || {}, { blocked: 'string', allow: 'string' })
  return {
    reloadOnRevoke: !!options.reloadOnRevoke,
    texts: { blocked: 'This content from {name} is blocked until you allow it.', allow: 'Allow {name}', ...options.texts },
    nonce: options.nonce,
  }
}
