// Deletes what refused services declared: cookies by name glob on this host and every parent
// domain down to two labels (no public suffix list: a write for `co.uk` is refused by the
// browser, harmlessly), path `/` and each prefix of this path; localStorage and
// sessionStorage keys by glob. Only declared names are touched, never the consent cookie.
import type { Consent } from '../core/types'

/** A test for names matching any of `globs`, where `*` stands for any run of characters. */
const matcher = (globs: string[]) => (name: string): boolean =>
  globs.some((glob) => RegExp('^' + glob.replace(/\W/g, (c) => (c == '*' ? '.*' : '\\' + c)) + '$').test(name))

/** Every Domain/Path pair a matching cookie may have been set with, as a deleting suffix. */
function cookieScopes(): string[] {
  const { hostname, pathname, protocol } = location
  const labels = hostname.split('.')
  const domains = ['']
  for (let i = 0; i < labels.length - 1; i++) domains.push(';domain=' + labels.slice(i).join('.'))
  const paths = ['/']
  let path = ''
  for (const part of pathname.split('/').slice(1)) if (part) paths.push((path += '/' + part), path + '/')
  // `__Secure-` and `__Host-` cookies can only be written, hence deleted, with Secure.
  const secure = protocol == 'https:' ? ';secure' : ''
  return domains.flatMap((domain) => paths.map((path) => `=;max-age=0;path=${path}${domain}${secure}`))
}

export function forgetRefused(consent: Consent): void {
  const { categories, cookie } = consent.config
  const cookies: string[] = []
  const storage: string[] = []
  for (const category in categories) {
    const services = categories[category].services
    for (const service in services) {
      if (!consent.granted(service)) {
        cookies.push(...services[service].cookies)
        storage.push(...services[service].storage)
      }
    }
  }
  const cookieMatches = matcher(cookies)
  const storageMatches = matcher(storage)
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim()
    if (name != cookie.name && cookieMatches(name)) for (const scope of cookieScopes()) document.cookie = name + scope
  }
  try {
    for (const store of [localStorage, sessionStorage]) for (const key of Object.keys(store)) if (storageMatches(key)) store.removeItem(key)
  } catch {
    // Storage is blocked (sandboxed frame, privacy settings): nothing to delete there.
  }
}
