// Deletes what refused services declared: cookies by name glob on this host and every parent
// domain (no public suffix list: a write for `co.uk` or `uk` is refused by the browser,
// harmlessly), path `/` and each prefix of this path; localStorage and sessionStorage keys by
// glob. Only declared names are touched, never the consent cookie.
import type { Consent } from '../core/types'

export function forgetRefused(consent: Consent): void {
  const { categories, cookie } = consent.config
  const refused = Object.values(categories).flatMap((category) => Object.entries(category.services)).filter(([service]) => !consent.granted(service))
  /** Whether `name` matches a glob the refused services declare under `key`; `*` is any run of characters. */
  const declared = (key: 'cookies' | 'storage', name: string) =>
    refused.some(([, globs]) => globs[key].some((glob) => RegExp('^' + glob.replace(/\W/g, (c) => (c == '*' ? '.*' : '\\' + c)) + '$').test(name)))
  const { hostname, pathname, protocol } = location
  const labels = hostname.split('.')
  const parts = pathname.split('/')
  // Every Domain/Path pair a matching cookie may have been set with. `__Secure-` and `__Host-`
  // cookies can only be written, hence deleted, with Secure.
  const scopes = ['', ...labels.map((_, i) => ';domain=' + labels.slice(i).join('.'))].flatMap((domain) =>
    parts.flatMap((_, i) => {
      const path = parts.slice(0, i + 1).join('/')
      return [path, path + '/'].map((path) => `=;max-age=0;path=${path}${domain}${protocol == 'https:' ? ';secure' : ''}`)
    }),
  )
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim()
    if (name != cookie.name && declared('cookies', name)) for (const scope of scopes) document.cookie = name + scope
  }
  try {
    for (const store of [localStorage, sessionStorage]) for (const key of Object.keys(store)) if (declared('storage', key)) store.removeItem(key)
  } catch {
    // Storage is blocked (sandboxed frame, privacy settings): nothing to delete there.
  }
}
