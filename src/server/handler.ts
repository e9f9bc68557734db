// createHandler: the wire protocol v1 (SPEC.md section 6) as a Web Request -> Response
// function, so the same code runs in Node (toNodeListener), Deno, Bun and edge runtimes.
import { hasAdminToken } from './admin-token'
import { canonicalJson } from './canonical-json'
import { storedIp } from './client-ip'
import { consentCookieHeader } from './consent-cookie'
import { corsHeaders, preflight } from './cors'
import { createDashboard } from './dashboard/routes'
import { exportDocument } from './export-document'
import { resolveHandlerOptions, type HandlerOptions, type ResolvedHandlerOptions } from './handler-options'
import { errorResponse, json } from './json-response'
import { createRateLimiter } from './rate-limit'
import { PLAIN, type PlainHandler, type PlainRequest, type PlainResponse } from './plain-http'
import { BodyTooLarge, readBody } from './read-body'
import { InvalidRecord, UUID_V4, validateRecord } from './validate-record'
import type { ConsentHandler, StoredRecord } from './types'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000
const MAX_STATS_DAYS = 366

function clientAddress(request: PlainRequest, trustProxy: boolean | string): string | undefined {
  if (trustProxy) {
    const header = request.header(trustProxy === true ? 'x-forwarded-for' : trustProxy.toLowerCase())
    const first = header?.split(',')[0].trim()
    if (first) return first.slice(0, 64)
  }
  return request.remoteAddress
}

function day(value: string | null, fallback: Date, field: string): string {
  if (value === null) return fallback.toISOString().slice(0, 10)
  if (!DAY.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidRecord(field, 'must be a date YYYY-MM-DD')
  return value
}

async function postConsent(request: PlainRequest, options: ResolvedHandlerOptions): Promise<PlainResponse> {
  const type = request.header('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type)) return errorResponse(415, 'unsupported_media_type', 'send the record as application/json', 'content-type')
  let text: string
  try {
    text = await request.text()
  } catch (error) {
    if (error instanceof BodyTooLarge) return errorResponse(413, 'payload_too_large', 'the body is over 16 KiB', 'body')
    return errorResponse(400, 'invalid_body', 'the body is not valid UTF-8', 'body')
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return errorResponse(400, 'invalid_json', 'the body is not valid JSON', 'body')
  }
  const record = validateRecord(body) // InvalidRecord -> 400 in the caller
  const stored: StoredRecord = {
    ...record,
    receivedAt: new Date().toISOString(),
    origin: request.header('origin')?.slice(0, 256) ?? null,
    userAgent: request.header('user-agent')?.slice(0, 256) ?? null,
    ip: await storedIp(clientAddress(request, options.trustProxy), options.ipMode, options.ipSalt),
  }
  const result = await options.store.insert(stored, canonicalJson(record))
  if (result.status === 'conflict') return errorResponse(409, 'conflict', 'a different record with this id is already stored', 'id')
  if (result.status === 'erased') return errorResponse(410, 'erased', 'this subject was erased; its records are not taken again', 'subject')
  const headers: Record<string, string> = {}
  const cookie = options.cookie && consentCookieHeader(request, record, options.cookie)
  if (cookie) headers['set-cookie'] = cookie
  return json(result.status === 'created' ? 201 : 200, result.receipt, headers)
}

async function route(request: PlainRequest, path: string, options: ResolvedHandlerOptions): Promise<PlainResponse> {
  const method = request.method
  const allow = (methods: string) => errorResponse(405, 'method_not_allowed', `use ${methods}`, undefined, { allow: `${methods}, OPTIONS` })
  if (path === '/health') return method === 'GET' || method === 'HEAD' ? json(200, { ok: true }) : allow('GET')
  if (path === '/consents') return method === 'POST' ? postConsent(request, options) : allow('POST')
  if (path === '/stats') {
    if (method !== 'GET') return allow('GET')
    if (!(await hasAdminToken(request.header('authorization'), options.adminToken))) {
      return errorResponse(401, 'unauthorized', 'send Authorization: Bearer ADMIN_TOKEN', 'authorization', { 'www-authenticate': 'Bearer' })
    }
    const query = new URLSearchParams(request.search)
    const to = day(query.get('to'), new Date(), 'to')
    const from = day(query.get('from'), new Date(Date.parse(to) - 29 * DAY_MS), 'from')
    const span = (Date.parse(to) - Date.parse(from)) / DAY_MS
    if (span < 0) throw new InvalidRecord('from', 'must not be after to')
    if (span >= MAX_STATS_DAYS) throw new InvalidRecord('from', `must be at most ${MAX_STATS_DAYS} days before to`)
    return json(200, { from, to, days: await options.store.stats(from, to) })
  }
  const subjectPath = /^\/subjects\/([^/]+)(\/export)?$/.exec(path)
  if (!subjectPath) return errorResponse(404, 'not_found', 'no such route')
  const subject = decodeURIComponent(subjectPath[1])
  const isExport = subjectPath[2] !== undefined
  if (isExport ? method !== 'GET' : method !== 'GET' && method !== 'DELETE') return allow(isExport ? 'GET' : 'GET, DELETE')
  if (!UUID_V4.test(subject)) throw new InvalidRecord('subject', 'must be a UUID v4')
  if (method === 'DELETE') {
    await options.store.deleteSubject(subject)
    return { status: 204, headers: {}, body: null }
  }
  const records = await options.store.listBySubject(subject)
  if (records.length === 0) return errorResponse(404, 'not_found', 'no records for this subject', 'subject')
  if (!isExport) return json(200, { subject, records })
  return json(200, exportDocument(subject, records, options.retentionDays), {
    'content-disposition': `attachment; filename="consent-${subject}.json"`,
  })
}

/** The protocol on plain request/response shapes (see plain-http.ts). */
function createPlainHandler(options: ResolvedHandlerOptions): PlainHandler {
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit) : null
  const base = options.basePath
  const dashboard = createDashboard(options)
  return async function handle(request) {
    // The dashboard is a same-origin site of its own: no CORS, no API rate limit (sign-in has its own).
    if (dashboard && (request.path === dashboard.path || request.path.startsWith(dashboard.path + '/'))) {
      try {
        return await dashboard.handle(request, clientAddress(request, options.trustProxy))
      } catch (error) {
        console.error('assent-server: dashboard:', error)
        return errorResponse(503, 'unavailable', 'the consent store is unavailable; retry later', undefined, { 'retry-after': '5' })
      }
    }
    const cors = corsHeaders(request.header('origin'), options.originSet)
    let response: PlainResponse
    try {
      if (request.path !== base && !request.path.startsWith(base + '/')) {
        response = errorResponse(404, 'not_found', 'no such route')
      } else {
        const path = request.path.slice(base.length) || '/'
        if (request.method === 'OPTIONS') return preflight(request, options.originSet)
        const address = clientAddress(request, options.trustProxy)
        // Without a known address (a runtime that passes none) there is nothing fair to count by:
        // one shared bucket would throttle every visitor together.
        const wait = limiter && address && path !== '/health' ? limiter.take(address) : 0
        response = wait > 0
          ? errorResponse(429, 'rate_limited', `too many requests; retry in ${wait} s`, undefined, { 'retry-after': String(wait) })
          : await route(request, path, options)
      }
    } catch (error) {
      if (error instanceof InvalidRecord) response = errorResponse(400, 'invalid', error.message, error.field)
      else if (error instanceof URIError) response = errorResponse(400, 'invalid', 'subject is not a valid path segment', 'subject')
      else {
        // Not the client's fault: a store outage. 503 tells the sync client to retry later.
        console.error('assent-server:', error)
        response = errorResponse(503, 'unavailable', 'the consent store is unavailable; retry later', undefined, { 'retry-after': '5' })
      }
    }
    Object.assign(response.headers, cors)
    return response
  }
}

/** The consent-records protocol as a Web `(Request, connection?) => Promise<Response>` function. */
export function createHandler(userOptions: HandlerOptions): ConsentHandler {
  const plain = createPlainHandler(resolveHandlerOptions(userOptions))
  const handler: ConsentHandler = async (request, connection) => {
    const url = new URL(request.url)
    const answer = await plain({
      method: request.method,
      path: url.pathname,
      search: url.search,
      secure: url.protocol === 'https:',
      header: (name) => request.headers.get(name),
      text: () => readBody(request),
      remoteAddress: connection?.remoteAddress,
    })
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  }
  Object.defineProperty(handler, PLAIN, { value: plain })
  return handler
}
