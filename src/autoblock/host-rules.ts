// Which name (a service or a category) holds a URL: the `hosts` of every configured service
// (catalogue entries bring theirs) plus the `rules` option, as host globs (SPEC.md section 12).
import { fail } from '../core/check-shape'
import type { Consent } from '../core/types'
import { EXPLAIN } from '../core/explain'

export interface AutoblockOptions {
  /** More host globs per category or service name: `{ analytics: ['*.hotjar.com'] }`. */
  rules?: Record<string, string[]>
}

/** A host glob as a pattern over the hostname: `*` is any run of characters, and a leading
 * `*.` also matches the domain itself (`*.example.com` matches `example.com`). Globs hold only
 * hostname characters and `*` (checked by hostRules). */
export const hostPattern = (glob: string): RegExp =>
  RegExp('^' + glob.replace(/^\*\.|\.|\*/g, (part) => (part == '.' ? '\\.' : part == '*' ? '.*' : '(.*\\.)?')) + '$', 'i')

/** Builds the matcher: for a URL (relative ones against the page), the first name whose glob
 * matches its hostname and that is not granted now, or undefined (then it may load). */
export function hostRules(consent: Consent, options: AutoblockOptions): (url: unknown) => string | undefined {
  // Checked by hand, not with checkShape: this part's budget is small.
  for (const key in options) if (key != 'rules') fail('autoblock.' + key, EXPLAIN && 'is not a known option')
  const { categories } = consent.config
  const rules: Array<[RegExp, string]> = []
  const add = (name: string, globs: string[], field: string) => {
    // Hostname characters and `*` only: a scheme, port or path would never match.
    if (!(Array.isArray(globs) && globs.every((glob) => /^[\w*.-]+$/.test(glob)))) fail(field, EXPLAIN && 'must be host globs such as ["*.example.com"]')
    for (const glob of globs) rules.push([hostPattern(glob), name])
  }
  for (const category in categories) {
    const { services } = categories[category]
    for (const service in services) add(service, services[service].hosts, `categories.${category}.services.${service}.hosts`)
  }
  const extra = options.rules
  // (for-in over a missing option runs no step.)
  for (const name in extra) {
    const field = 'autoblock.rules.' + name
    if (!(name in categories || consent.categoryOf(name))) fail(field, EXPLAIN && 'must be a category or service')
    add(name, extra![name], field)
  }
  // An unpatched link parses the URL as the browser would (an unparsable one has no host).
  const link = document.createElement('a')
  return (url) => {
    link.href = (url as Request)?.url ?? url
    for (const [pattern, name] of rules) if (pattern.test(link.hostname) && !consent.granted(name)) return name
  }
}
