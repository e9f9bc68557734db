// Command-line flags of `assent-server`, checked so that a typo stops the start with a clear
// message (exit code 2) instead of a server that runs with a default nobody chose.
import { parseArgs } from 'node:util'
import type { IpMode } from './types'

export const USAGE = `Usage:
  assent-server [options]            serve the consent-records protocol under /v1
  assent-server purge [options]      erase records older than --retention-days, then exit

Options:
  --port N             port to listen on (default 8787; 0 picks a free port)
  --host HOST          address to bind (default 127.0.0.1; 0.0.0.0 for every interface)
  --db PATH|URL        SQLite file (default consent.db) or a postgres:// URL
  --origin ORIGIN      page origin allowed by CORS, e.g. https://example.com (repeatable)
  --admin-token TOKEN  bearer token for GET /v1/stats (or env ASSENT_ADMIN_TOKEN; 16+ characters)
  --ip-mode MODE       truncate (default: IPv4 /24, IPv6 /48), hash (salted) or drop
  --ip-salt SALT       salt for --ip-mode hash (or env ASSENT_IP_SALT; default random per start)
  --retention-days N   erase records older than N days (default 1095), at start and daily
  --rate-limit N       requests per minute per client address (default 60; 0 turns it off)
  --trust-proxy HDR    take the client address from header HDR (e.g. x-forwarded-for)
  --cookie-name NAME   re-set this consent cookie in answers to POST (same-site endpoint only)
  --stale-after-minutes N  the dashboard warns when no record arrived for N minutes (default 60)
  --session-minutes N  a dashboard sign-in lasts N minutes (default 480; fractions allowed)
  --no-dashboard       do not serve the dashboard at /dashboard (served when an admin token is set)
  --sqlite-writer MODE SQLite inserts committed on the event-loop thread (event-loop, default) or a worker thread (thread)
  --help               show this help
`

export class UsageError extends Error {}

export interface CliOptions {
  command: 'serve' | 'purge' | 'help'
  port: number
  host: string
  db: string
  origins: string[]
  adminToken?: string
  ipMode: IpMode
  ipSalt?: string
  retentionDays: number
  rateLimit: number
  trustProxy: boolean | string
  cookieName?: string
  staleAfterMinutes: number
  sessionMinutes: number
  dashboard: boolean
  sqliteWriter: 'event-loop' | 'thread'
}

function minutes(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0 || Number(value) > max) throw new UsageError(`--${flag} must be a number of minutes above 0 and at most ${max}, got "${value}"`)
  return Number(value)
}

function integer(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${value}"`)
  return Number(value)
}

export function parseCliArgs(argv: string[], env: Record<string, string | undefined>): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' },
        origin: { type: 'string', multiple: true }, 'admin-token': { type: 'string' },
        'ip-mode': { type: 'string' }, 'ip-salt': { type: 'string' }, 'retention-days': { type: 'string' },
        'rate-limit': { type: 'string' }, 'trust-proxy': { type: 'string' }, 'cookie-name': { type: 'string' },
        'stale-after-minutes': { type: 'string' }, 'session-minutes': { type: 'string' }, 'no-dashboard': { type: 'boolean' },
        'sqlite-writer': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'purge')) {
    throw new UsageError(`unknown command "${positionals.join(' ')}" (the only command is "purge")`)
  }
  const ipMode = values['ip-mode'] ?? 'truncate'
  if (!['truncate', 'hash', 'drop'].includes(ipMode)) throw new UsageError(`--ip-mode must be truncate, hash or drop, got "${ipMode}"`)
  const origins = values.origin ?? []
  for (const origin of origins) {
    let ok = false
    try {
      ok = new URL(origin).origin === origin
    } catch {
      // not a URL
    }
    if (!ok) throw new UsageError(`--origin must be an origin like https://example.com (no path, no trailing slash), got "${origin}"`)
  }
  const adminToken = values['admin-token'] ?? env.ASSENT_ADMIN_TOKEN
  if (adminToken !== undefined && adminToken.length < 16) throw new UsageError('--admin-token (or ASSENT_ADMIN_TOKEN) must be at least 16 characters')
  const db = values.db ?? 'consent.db'
  if (db === '') throw new UsageError('--db must be a file path or a postgres:// URL')
  const cookieName = values['cookie-name']
  if (cookieName !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(cookieName)) throw new UsageError(`--cookie-name must be a cookie name, got "${cookieName}"`)
  const trust = values['trust-proxy']
  const sqliteWriter = values['sqlite-writer'] ?? 'event-loop'
  if (sqliteWriter !== 'event-loop' && sqliteWriter !== 'thread') throw new UsageError(`--sqlite-writer must be event-loop or thread, got "${sqliteWriter}"`)
  return {
    command: values.help ? 'help' : positionals[0] === 'purge' ? 'purge' : 'serve',
    port: integer('port', values.port, 8787, 0, 65535),
    host: values.host ?? '127.0.0.1',
    db,
    origins,
    adminToken,
    ipMode: ipMode as IpMode,
    ipSalt: values['ip-salt'] ?? env.ASSENT_IP_SALT,
    retentionDays: integer('retention-days', values['retention-days'], 1095, 1, 36500),
    rateLimit: integer('rate-limit', values['rate-limit'], 60, 0, 1_000_000),
    trustProxy: trust === undefined ? false : trust.toLowerCase() === 'x-forwarded-for' || trust === 'true' ? true : trust,
    cookieName,
    staleAfterMinutes: minutes('stale-after-minutes', values['stale-after-minutes'], 60, 525_600),
    sessionMinutes: minutes('session-minutes', values['session-minutes'], 480, 10_080),
    dashboard: !values['no-dashboard'],
    sqliteWriter,
  }
}
