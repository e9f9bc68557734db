// Deletes what refused services declared: cookies by name glob on this host and every parent
// domain (no public suffix list: a write for `co.uk` or `uk` is refused by the browser,
// harmlessly), path `/` and each prefix of this path; localStorage and sessionStorage keys by
// glob. Only declared names are touched, never the consent cookie.
import type { Consent } from '../core/types'

export function forgetRefused(consent: Consent): void {
  const { categories, cookie } = consent.config
  /** One pattern for the globs that refused services declare under `key` (`*` is any run of
   * characters), or nothing when they declare none. */
  const declared = (key: 'cookies' | 'storage') => {
    const globs = Object.values(categories).flatMap((category) => Object.entries(category.services))
      .flatMap(([service, names]) => (consent.granted(service) ? [] : names[key]))
    return globs[0] && RegExp(`^(${globs.map((glob) => glob.replace(/\W/g, (c) => (c == '*' ? '.*' : '\\' + c))).join('|')})$`)
  }
  const cookies = declared('cookies')
  const storage = declared('storage')
  if (cookies) {
    const { hostname, pathname, protocol } = location
    // Each prefix of the path, with and without a trailing slash ('' is the default path).
    let path = ''
    const paths = pathname.split('/').flatMap((part) => [(path += part), (path += '/')])
    // Every Domain/Path pair a matching cookie may have been set with. `__Secure-` and `__Host-`
    // cookies can only be written, hence deleted, with Secure.
    const scopes = ['', ...hostname.split('.').map((_, i, labels) => ';domain=' + labels.slice(i).join('.'))].flatMap((domain) =>
      paths.map((path) => `=;max-age=0;path=${path}${domain}${protocol == 'https:' ? ';secure' : ''}`),
    )
    for (const pair of document.cookie.split(/; */)) {
      const name = pair.split('=')[0]
      if (name != cookie.name && cookies.test(name)) for (const scope of scopes) document.cookie = name + scope
    }
  }
  // Storage is opened only when there is something to delete: a page's first use of
  // localStorage is a synchronous load that would delay the scripts just granted.
  if (storage) {
    try {
      for (const store of [localStorage, sessionStorage]) for (const key of Object.keys(store)) if (storage.test(key)) store.removeItem(key)
    } catch {
      // Storage is blocked (sandboxed frame, privacy settings): nothing to delete there.
    }
  }
}
