// Command-line flags of `assent audit`, checked so that a typo stops the run with a clear
// message (exit code 2) instead of an audit of something nobody asked for.
import { parseArgs } from 'node:util'
import type { Severity } from './types'

export const USAGE = `Usage:
  assent audit <url> [options]   load the site as a new visitor in headless Chromium, phase by
                                 phase (first-visit, reject, accept, gpc, withdraw), and report
                                 what it stores and sends

Options:
  --pages N              pages to visit per phase, the given one included (default 5, 1 to 50)
  --out DIR              where report.json and report.html go (default assent-audit)
  --fail-on LEVEL        error (default), warning or never: exit 1 when a finding reaches it
  --config FILE          the site's assent config as JSON (default: read from the page)
  --suggest              print an assent config for the services found
  --chrome PATH          the Chromium or Chrome to drive (or env CHROME_PATH)
  --timeout SECONDS      the longest wait for one page to load (default 20)
  --help                 show this help

Exit codes: 0 no finding reaches --fail-on, 1 one does, 2 the audit could not run.
`

export class UsageError extends Error {}

export interface AuditOptions {
  url: string
  pages: number
  out: string
  failOn: Severity | 'never'
  config?: string
  suggest: boolean
  chrome?: string
  timeoutMs: number
  /** For tests only (docs/audit.md): hosts whose requests are answered by a local server,
   * 'GLOB=http://127.0.0.1:PORT'. The report keeps the real URL. */
  devRoutes: { glob: string; target: string }[]
}

function integer(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${value}"`)
  return Number(value)
}

/** `argv` starts after `audit`. Returns null for --help. */
export function parseAuditArgs(argv: string[]): AuditOptions | null {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pages: { type: 'string' }, out: { type: 'string' }, 'fail-on': { type: 'string' }, config: { type: 'string' },
        suggest: { type: 'boolean' }, chrome: { type: 'string' }, timeout: { type: 'string' },
        'dev-route': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return null
  if (positionals.length === 0) throw new UsageError('missing the <url> to audit, e.g. assent audit https://example.com')
  if (positionals.length > 1) throw new UsageError(`one <url> at a time, got ${positionals.length}: ${positionals.join(' ')}`)
  const url = checkUrl(positionals[0])
  const failOn = values['fail-on'] ?? 'error'
  if (!['error', 'warning', 'info', 'never'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning or never, got "${failOn}"`)
  if (values.out === '') throw new UsageError('--out must name a folder')
  const devRoutes = (values['dev-route'] ?? []).map((rule) => {
    const at = rule.indexOf('=')
    const glob = rule.slice(0, at)
    const target = rule.slice(at + 1)
    if (at < 1 || !/^https?:\/\/[^/]+$/.test(target)) throw new UsageError(`--dev-route must be HOSTGLOB=http://host:port, got "${rule}"`)
    return { glob, target }
  })
  return {
    url,
    pages: integer('pages', values.pages, 5, 1, 50),
    out: values.out ?? 'assent-audit',
    failOn: failOn as AuditOptions['failOn'],
    config: values.config,
    suggest: values.suggest ?? false,
    chrome: values.chrome,
    timeoutMs: integer('timeout', values.timeout, 20, 1, 600) * 1000,
    devRoutes,
  }
}

/** Only an absolute http(s) URL can be audited. */
export function checkUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new UsageError(`<url> must be an absolute http:// or https:// URL, got "${text}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`<url> must be an http:// or https:// URL, got "${text}" (${url.protocol.slice(0, -1)})`)
  return url.href
}
