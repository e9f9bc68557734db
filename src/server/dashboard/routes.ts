// The dashboard's routes under its path: the stylesheet and sign-in are open; every other page
// needs a session (or, for GETs, `Authorization: Bearer ADMIN_TOKEN`); every POST must come from
// this origin, and a signed-in POST must carry the session's form token.
import { hasAdminToken } from '../admin-token'
import { exportDocument } from '../export-document'
import type { ResolvedHandlerOptions } from '../handler-options'
import { json } from '../json-response'
import type { PlainRequest, PlainResponse } from '../plain-http'
import { createRateLimiter } from '../rate-limit'
import { BodyTooLarge } from '../read-body'
import { InvalidRecord, UUID_V4 } from '../validate-record'
import { resolveDashboardOptions } from './dashboard-options'
import { healthBody, readHealth, staleWarning } from './health'
import { html, type Raw } from './html'
import { page, type Section } from './layout'
import { overviewCsv } from './overview-csv'
import { buildOverview } from './overview-data'
import { overviewBody } from './overview-page'
import { parsePeriod } from './period'
import { isSecure, fromOwnOrigin } from './same-origin'
import { sameSecret, sessionKeeper, type Session } from './session'
import { signInBody, type SignInNotice } from './sign-in-page'
import { confirmEraseBody, erasedBody, lookupForm, subjectBody } from './subject-page'
import { STYLESHEET } from './stylesheet'

const COOKIE = 'assent_dashboard'
const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
const SECURITY_HEADERS = {
  'content-security-policy': CSP, 'x-content-type-options': 'nosniff', // Not no-referrer: under it a form POST sends `Origin: null`, and the Origin check needs the real one.
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY', 'cross-origin-opener-policy': 'same-origin', 'cache-control': 'no-store',
}

export interface Dashboard {
  path: string
  handle(request: PlainRequest, address: string | undefined): Promise<PlainResponse>
}

type Auth = { kind: 'session'; session: Session; csrf: string } | { kind: 'bearer' }

function respond(status: number, body: string, type: string, headers: Record<string, string> = {}): PlainResponse {
  return { status, headers: { ...SECURITY_HEADERS, 'content-type': type, ...headers }, body }
}

function cookieOf(request: PlainRequest): string | undefined {
  for (const part of (request.header('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === COOKIE) return value.join('=')
  }
  return undefined
}

export function createDashboard(options: ResolvedHandlerOptions): Dashboard | null {
  const settings = resolveDashboardOptions(options.dashboard, options.basePath)
  if (!settings || !options.adminToken) return null
  const adminToken = options.adminToken
  const base = settings.path
  const { store } = options
  const sessions = sessionKeeper(adminToken, settings.sessionMinutes * 60_000)
  const signIns = createRateLimiter({ perMinute: settings.signInPerMinute })
  const hasCounts = typeof store.counts === 'function' && typeof store.lastReceivedAt === 'function' && typeof store.receivedBetween === 'function'

  const redirect = (location: string, headers: Record<string, string> = {}) => respond(303, '', 'text/plain; charset=utf-8', { location, ...headers })
  // A browser-session cookie (no Max-Age): the server enforces the expiry, so that an expired
  // session still arrives and the sign-in form can say that it expired.
  const cookie = (request: PlainRequest, value: string, clear = false) =>
    `${COOKIE}=${value}; Path=${base}; HttpOnly; SameSite=Strict${clear ? '; Max-Age=0' : ''}${isSecure(request, options.trustProxy) ? '; Secure' : ''}`

  async function htmlPage(status: number, title: string, body: Raw, auth: Auth | null, section?: Section): Promise<PlainResponse> {
    const csrf = auth?.kind === 'session' ? auth.csrf : auth ? '' : undefined
    const warning = auth && hasCounts ? staleWarning(await readHealth(store, settings!.staleAfterMinutes), base) : null
    return respond(status, page({ title, base, body, csrf, section, warning }), 'text/html; charset=utf-8')
  }

  const problem = (status: number, title: string, message: string, auth: Auth | null) => htmlPage(status, title, html`<p class="error" role="alert">${message}</p>`, auth)

  async function authenticate(request: PlainRequest): Promise<Auth | 'expired' | null> {
    const authorization = request.header('authorization')
    if (authorization !== null) return (await hasAdminToken(authorization, adminToken)) && request.method === 'GET' ? { kind: 'bearer' } : null
    const check = await sessions.check(cookieOf(request))
    if (check.status === 'expired') return 'expired'
    if (check.status !== 'valid') return null
    return { kind: 'session', session: check.session, csrf: await sessions.csrfToken(check.session) }
  }

  async function form(request: PlainRequest): Promise<URLSearchParams> {
    if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(request.header('content-type') ?? '')) throw new InvalidRecord('content-type', 'must be application/x-www-form-urlencoded')
    return new URLSearchParams(await request.text())
  }

  async function signIn(request: PlainRequest, address: string | undefined): Promise<PlainResponse> {
    const wait = address ? signIns.take(address) : 0
    if (wait > 0) return respond(429, page({ title: 'Sign in', base, body: signInBody(base, 'limited') }), 'text/html; charset=utf-8', { 'retry-after': String(wait) })
    const token = (await form(request)).get('token') ?? ''
    if (!(await hasAdminToken(`Bearer ${token}`, adminToken))) {
      return respond(401, page({ title: 'Sign in', base, body: signInBody(base, 'wrong') }), 'text/html; charset=utf-8')
    }
    const { cookieValue } = await sessions.create()
    return redirect(base, { 'set-cookie': cookie(request, cookieValue) })
  }

  function subjectOf(fields: URLSearchParams): string {
    const id = (fields.get('id') ?? '').trim().toLowerCase()
    if (!UUID_V4.test(id)) throw new InvalidRecord('id', 'must be a subject id (a UUID v4)')
    return id
  }

  async function subjectPost(sub: string, fields: URLSearchParams, auth: Auth & { kind: 'session' }): Promise<PlainResponse> {
    let subject: string
    try {
      subject = subjectOf(fields)
    } catch (error) {
      if (!(error instanceof InvalidRecord)) throw error
      return htmlPage(400, 'Subject look-up', lookupForm(base, auth.csrf, (fields.get('id') ?? '').slice(0, 64), 'id must be a subject id (a UUID v4, like 3f1c…-4…)'), auth, 'subject')
    }
    if (sub === '/subject/erase' && fields.get('confirm') === 'yes') {
      const count = await store.deleteSubject(subject)
      return htmlPage(200, 'Subject erased', erasedBody(base, auth.csrf, count), auth, 'subject')
    }
    const records = await store.listBySubject(subject)
    if (records.length === 0) return htmlPage(404, 'Subject look-up', lookupForm(base, auth.csrf, subject, 'No records for this subject (never stored, erased, or past retention).'), auth, 'subject')
    if (sub === '/subject/export') {
      return respond(200, JSON.stringify(exportDocument(subject, records, options.retentionDays)), 'application/json; charset=utf-8', {
        'content-disposition': `attachment; filename="consent-${subject}.json"`,
      })
    }
    if (sub === '/subject/erase') return htmlPage(200, 'Erase this subject?', confirmEraseBody(base, auth.csrf, subject, records.length), auth, 'subject')
    return htmlPage(200, 'Subject look-up', subjectBody(base, auth.csrf, subject, records), auth, 'subject')
  }

  async function route(request: PlainRequest, sub: string, address: string | undefined): Promise<PlainResponse> {
    const method = request.method
    if (sub === '/dashboard.css') return method === 'GET' ? respond(200, STYLESHEET, 'text/css; charset=utf-8', { 'cache-control': 'no-cache' }) : problem(405, 'Not allowed', 'Use GET.', null)
    if (method === 'POST' && !fromOwnOrigin(request, options.trustProxy)) {
      return problem(403, 'Refused', 'This form must be sent from a page of this dashboard (the Origin header did not match).', null)
    }
    if (sub === '/sign-in') {
      if (method === 'POST') return signIn(request, address)
      const notice = new URLSearchParams(request.search).get('notice')
      const known: SignInNotice = notice === 'expired' || notice === 'signed-out' ? notice : null
      return respond(200, page({ title: 'Sign in', base, body: signInBody(base, known) }), 'text/html; charset=utf-8')
    }
    const auth = await authenticate(request)
    if (auth === null || auth === 'expired') {
      if (request.header('authorization') !== null || sub.endsWith('.csv') || sub.endsWith('.json')) {
        return respond(401, JSON.stringify({ error: { code: 'unauthorized', message: 'sign in, or send Authorization: Bearer ADMIN_TOKEN', field: 'authorization' } }), 'application/json; charset=utf-8', { 'www-authenticate': 'Bearer' })
      }
      if (method === 'POST') return problem(403, 'Refused', 'Sign in first.', null)
      return redirect(`${base}/sign-in${auth === 'expired' ? '?notice=expired' : ''}`, auth === 'expired' ? { 'set-cookie': cookie(request, '', true) } : {})
    }
    if (method === 'POST') {
      if (auth.kind !== 'session') return problem(403, 'Refused', 'Sign in first.', null)
      const fields = await form(request)
      if (!(await sameSecret(fields.get('csrf') ?? '', auth.csrf))) return problem(403, 'Refused', 'The form expired or came from elsewhere. Reload the page and try again.', null)
      if (sub === '/sign-out') {
        sessions.revoke(auth.session)
        return redirect(`${base}/sign-in?notice=signed-out`, { 'set-cookie': cookie(request, '', true) })
      }
      if (sub === '/subject' || sub === '/subject/export' || sub === '/subject/erase') return subjectPost(sub, fields, auth)
      return problem(404, 'Not found', 'No such page.', auth)
    }
    if (method !== 'GET') return problem(405, 'Not allowed', 'Use GET or POST.', auth)
    if (sub === '/subject') return htmlPage(200, 'Subject look-up', lookupForm(base, auth.kind === 'session' ? auth.csrf : ''), auth, 'subject')
    if (!hasCounts) return problem(501, 'Not available', 'This store keeps no dashboard counts (use sqliteStore or postgresStore).', auth)
    if (sub === '/health.json') return json(200, await readHealth(store, settings!.staleAfterMinutes), SECURITY_HEADERS)
    if (sub === '/health') {
      const health = await readHealth(store, settings!.staleAfterMinutes)
      return respond(200, page({ title: 'Health', base, body: healthBody(health), csrf: auth.kind === 'session' ? auth.csrf : '', section: 'health', warning: staleWarning(health, base) }), 'text/html; charset=utf-8')
    }
    if (sub === '/' || sub === '/overview.csv') {
      let period
      try {
        period = parsePeriod(request.search)
      } catch (error) {
        if (!(error instanceof InvalidRecord)) throw error
        if (sub === '/overview.csv') return json(400, { error: { code: 'invalid', message: error.message, field: error.field } }, SECURITY_HEADERS)
        return problem(400, 'Bad period', `${error.message} (query parameter "${error.field}").`, auth)
      }
      const rows = await store.counts!(period.from, period.to)
      if (sub === '/overview.csv') {
        return respond(200, overviewCsv(rows), 'text/csv; charset=utf-8', { 'content-disposition': `attachment; filename="consent-overview-${period.from}-${period.to}.csv"` })
      }
      return htmlPage(200, 'Overview', overviewBody(base, buildOverview(period, rows)), auth, 'overview')
    }
    return problem(404, 'Not found', 'No such page.', auth)
  }

  return {
    path: base,
    async handle(request, address) {
      const sub = request.path.slice(base.length) || '/'
      try {
        return await route(request, sub, address)
      } catch (error) {
        if (error instanceof BodyTooLarge) return problem(413, 'Too large', 'The form is over 16 KiB.', null)
        if (error instanceof InvalidRecord) return problem(error.field === 'content-type' ? 415 : 400, 'Bad request', error.message, null)
        throw error
      }
    },
  }
}
