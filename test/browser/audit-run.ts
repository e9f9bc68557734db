// Runs the real `assent audit` command (bin/assent.js over dist/) against fixture sites on
// 127.0.0.1, with the third-party hosts answered by a local stand-in server through the
// command's test-only --dev-route (the report keeps the real host names).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AuditReport, Finding } from '../../src/audit/types'

const ROOT = new URL('../../', import.meta.url).pathname
const standIn = (file: string) => readFileSync(join(ROOT, 'examples/stand-ins', file))
const script = (file: string) => `${standIn('cookie-domain.js')};\n${standIn(file)}`

export const THIRD_PARTY_HOSTS = ['*.googletagmanager.com', '*.google-analytics.com', 'connect.facebook.net', '*.youtube-nocookie.com',
  '*.hotjar.com', '*.widgets.example', 'code.tidio.co']

export interface ThirdParties { url: string; close(): Promise<void> }

/** One server for every third-party host: the examples' stand-ins by path, a no-op script
 * for any other path. */
export async function startThirdParties(): Promise<ThirdParties> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const send = (type: string, body: string | Buffer) => void res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
    if (path === '/gtag/js') return send('text/javascript', script('gtag.js'))
    if (path.endsWith('/fbevents.js')) return send('text/javascript', script('fbevents.js'))
    if (req.headers['x-forwarded-host'] === 'code.tidio.co') return send('text/javascript', script('tidio.js'))
    if (path.startsWith('/embed/')) return send('text/html', standIn('youtube-embed.html'))
    if (path === '/collect' || path.startsWith('/g/collect')) return send('image/gif', standIn('pixel.gif'))
    // A third-party cookie, as a widget's CDN might set one.
    if (req.headers['x-forwarded-host'] === 'cdn.widgets.example') res.setHeader('set-cookie', 'wid=w1; Path=/; SameSite=None; Secure; HttpOnly')
    send('text/javascript', `/* stand-in for ${req.headers['x-forwarded-host']}${path} */ (window.__standIns = window.__standIns || []).push(${JSON.stringify(String(req.headers['x-forwarded-host']))})`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

export interface AuditRun {
  code: number | null
  stdout: string
  stderr: string
  report?: AuditReport
  html?: string
}

/** `assent audit ARGS`, with the stand-ins routed when `thirdParties` is given. */
export async function runAudit(args: string[], thirdParties?: ThirdParties, timeoutMs = 150_000): Promise<AuditRun> {
  const out = mkdtempSync(join(tmpdir(), 'assent-audit-'))
  const routes = thirdParties ? THIRD_PARTY_HOSTS.flatMap((glob) => ['--dev-route', `${glob}=${thirdParties.url}`]) : []
  const child = spawn(process.execPath, [join(ROOT, 'bin/assent.js'), 'audit', ...args, '--out', out, ...routes], {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  const file = join(out, 'report.json')
  const report = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AuditReport) : undefined
  const html = existsSync(join(out, 'report.html')) ? readFileSync(join(out, 'report.html'), 'utf8') : undefined
  rmSync(out, { recursive: true, force: true })
  return { code, stdout, stderr, report, html }
}

/** The findings of a severity, as "code phase" strings, sorted. */
export const codes = (report: AuditReport | undefined, severity: Finding['severity'] = 'error') =>
  (report?.findings ?? []).filter((finding) => finding.severity === severity).map((finding) => `${finding.code} ${finding.phase}`).sort()

export const findingOf = (report: AuditReport | undefined, code: string) => report?.findings.find((finding) => finding.code === code)
