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
 * `*.` also matches the domain itself (`*.example.com` matches `example.com`). */
export function hostPattern(glob: string): RegExp {
  const body = glob.toLowerCase().replace(/\W/g, (c) => (c == '*' ? '.*' : '\\' + c))
  return RegExp('^' + body.replace(/^\.\*\\\./, '(.*\\.)?') + '$')
}

/** Builds the matcher: for a URL (relative ones against the page), the first name whose glob
 * matches its hostname and that is not granted now, or undefined (then it may load). */
export function hostRules(consent: Consent, options: AutoblockOptions): (url: unknown) => string | undefined {
  // Checked by hand, not with checkShape: this part's budget is small.
  for (const key in options) if (key != 'rules') fail('autoblock.' + key, EXPLAIN && 'is not a known option')
  const { categories } = consent.config
  const rules: Array<[RegExp, string]> = []
  const add = (name: string, globs: string[], field: string) => {
    // Hostname characters and `*` only: a scheme, port or path would never match.
    if (!Array.isArray(globs) || globs.some((glob) => !/^[\w*.-]+$/.test(glob))) fail(field, EXPLAIN && 'must be host globs such as ["*.example.com"]')
    for (const glob of globs) rules.push([hostPattern(glob), name])
  }
  for (const category in categories) {
    for (const [service, info] of Object.entries(categories[category].services)) {
      add(service, info.hosts, `categories.${category}.services.${service}.hosts`)
    }
  }
  const extra = options.rules ?? {}
  for (const name in extra) {
    const field = 'autoblock.rules.' + name
    if (!(name in categories || consent.categoryOf(name))) fail(field, EXPLAIN && 'must be a category or service')
    add(name, extra[name], field)
  }
  return (url) => {
    let host: string
    try {
      host = new URL(String((url as Request)?.url ?? url), document.baseURI).hostname
    } catch {
      return // not a URL: the browser will refuse it anyway
    }
    for (const [pattern, name] of rules) if (pattern.test(host) && !consent.granted(name)) return name
  }
}
