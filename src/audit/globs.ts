// Glob matching as assent's config and catalogue use it: `*` is any run of characters; a host
// glob '*.example.com' also matches example.com itself (SPEC 12).
const cache = new Map<string, RegExp>()

export function globMatches(glob: string, text: string): boolean {
  let pattern = cache.get(glob)
  if (!pattern) {
    pattern = RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
    cache.set(glob, pattern)
  }
  return pattern.test(text)
}

export function hostMatches(glob: string, host: string): boolean {
  return globMatches(glob, host) || (glob.startsWith('*.') && host === glob.slice(2))
}

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or'])

/** The registrable part of a host, near enough without the public suffix list: the last two
 * labels, or three under a two-letter country code's usual second level (co.uk, com.au). An
 * IP address or a single label is its own site. */
export function siteOf(host: string): string {
  const bare = host.replace(/^\./, '').toLowerCase()
  if (/^[\d.]+$/.test(bare) || bare.includes(':') || !bare.includes('.')) return bare
  const labels = bare.split('.')
  const take = labels.length > 2 && labels[labels.length - 1].length === 2 && SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2
  return labels.slice(-take).join('.')
}

export const sameSite = (a: string, b: string) => siteOf(a) === siteOf(b)
