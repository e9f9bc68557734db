// createHandler's options, checked up front: a misconfigured server should not start.
import { AssentConfigError } from '../core/config-error'
import type { ConsentCookieOptions } from './consent-cookie'
import type { DashboardOptions } from './dashboard/dashboard-options'
import type { ConsentStore, IpMode } from './types'

export interface HandlerOptions {
  store: ConsentStore
  /** Page origins allowed by CORS, e.g. `['https://example.com']`. */
  origins?: string[]
  /** Bearer token for `GET /stats`; without one, stats answer 401. */
  adminToken?: string
  /** How the client address is stored: `'truncate'` (default), `'hash'` or `'drop'`. */
  ipMode?: IpMode
  /** Salt for `ipMode: 'hash'`; default a random one per process (hashes then differ across restarts). */
  ipSalt?: string
  /** Records are erased this many days after they were received; default 1095 (3 years). */
  retentionDays?: number
  /** Path prefix the protocol is served under; default `/`. */
  basePath?: string
  /** Requests per minute per client address; `false` turns the limit off. Default 60. */
  rateLimit?: { perMinute: number } | false
  /** Take the client address from a proxy header: `true` for the first `X-Forwarded-For` entry, or a header name. */
  trustProxy?: boolean | string
  /** Re-set the page's consent cookie in the answer to a POST (same-site endpoints only). */
  cookie?: ConsentCookieOptions
  /** The site owner's dashboard (SPEC.md section 15), served when `adminToken` is set; `false` turns it off. */
  dashboard?: DashboardOptions | false
}

export interface ResolvedHandlerOptions extends Required<Omit<HandlerOptions, 'adminToken' | 'cookie' | 'ipSalt' | 'dashboard'>> {
  adminToken?: string
  cookie?: ConsentCookieOptions
  dashboard?: DashboardOptions | false
  ipSalt: string
  originSet: ReadonlySet<string>
}

const IP_MODES: IpMode[] = ['truncate', 'hash', 'drop']

function randomSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
}

export function resolveHandlerOptions(options: HandlerOptions): ResolvedHandlerOptions {
  const { store, origins = [], adminToken, ipMode = 'truncate', ipSalt, retentionDays = 1095, basePath = '/', rateLimit = { perMinute: 60 }, trustProxy = false, cookie, dashboard } = options ?? {}
  if (!store || typeof store.insert !== 'function') throw new AssentConfigError('store', 'must be a consent store (sqliteStore(...) or postgresStore(...))')
  if (!Array.isArray(origins)) throw new AssentConfigError('origins', 'must be an array of origins')
  for (const origin of origins) {
    if (origin === '*') continue
    let parsed: URL | null = null
    try {
      parsed = new URL(origin)
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== origin) throw new AssentConfigError('origins', `has "${origin}", which is not an origin like https://example.com`)
  }
  if (adminToken !== undefined && (typeof adminToken !== 'string' || adminToken.length < 16)) throw new AssentConfigError('adminToken', 'must be a string of at least 16 characters')
  if (!IP_MODES.includes(ipMode)) throw new AssentConfigError('ipMode', `must be one of ${IP_MODES.join(', ')}`)
  if (ipSalt !== undefined && typeof ipSalt !== 'string') throw new AssentConfigError('ipSalt', 'must be a string')
  if (!Number.isInteger(retentionDays) || retentionDays < 1) throw new AssentConfigError('retentionDays', 'must be a whole number of days, at least 1')
  if (typeof basePath !== 'string' || !basePath.startsWith('/')) throw new AssentConfigError('basePath', 'must start with "/"')
  if (rateLimit !== false && !(typeof rateLimit === 'object' && rateLimit.perMinute > 0)) throw new AssentConfigError('rateLimit', 'must be { perMinute: N } with N > 0, or false')
  if (typeof trustProxy !== 'boolean' && typeof trustProxy !== 'string') throw new AssentConfigError('trustProxy', 'must be true, false or a header name')
  if (cookie !== undefined && !(typeof cookie === 'object' && typeof cookie.name === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(cookie.name))) {
    throw new AssentConfigError('cookie.name', 'must be the consent cookie name (letters, digits, "_" or "-")')
  }
  return {
    store, origins, adminToken, ipMode, ipSalt: ipSalt ?? randomSalt(), retentionDays, rateLimit, trustProxy, cookie, dashboard,
    basePath: basePath.replace(/\/+$/, ''),
    originSet: new Set(origins),
  }
}
