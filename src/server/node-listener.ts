// toNodeListener: runs the handler on node:http. For createHandler's handler it calls the plain
// core directly (no Web Request/Response per call); any other Web handler is adapted generically.
// Either way the socket's address is passed, since a Request cannot carry it.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { PLAIN, type PlainHandler, type PlainRequest, type PlainResponse } from './plain-http'
import { readNodeBody } from './read-body'
import type { ConsentHandler } from './types'

// A path of plain segments and no query (POST /v1/consents) is already what URL would make of
// it; anything else (dots, escapes, a query) goes through URL.
const PLAIN_PATH = /^(\/[A-Za-z0-9_~-]+)+\/?$/

function pathAndSearch(raw: string): { pathname: string; search: string } {
  if (PLAIN_PATH.test(raw)) return { pathname: raw, search: '' }
  // Through URL, so the path is resolved exactly as a Web runtime would (dot segments).
  return new URL(raw, 'http://localhost')
}

function plainRequest(req: IncomingMessage): PlainRequest {
  const secure = Boolean((req.socket as { encrypted?: boolean }).encrypted)
  const url = pathAndSearch(req.url ?? '/')
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    search: url.search,
    secure,
    header(name) {
      const value = req.headers[name]
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
    },
    text: () => readNodeBody(req),
    remoteAddress: req.socket.remoteAddress,
  }
}

function webRequest(req: IncomingMessage, body: Buffer | null): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) headers.append(name, item)
    else headers.set(name, value)
  }
  const protocol = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'
  return new Request(`${protocol}://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method: req.method, headers, body: body ? new Uint8Array(body) : undefined,
  })
}

async function viaWeb(handler: ConsentHandler, req: IncomingMessage): Promise<PlainResponse> {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const chunks: Buffer[] = []
  if (hasBody) for await (const chunk of req) chunks.push(chunk as Buffer)
  const response = await handler(webRequest(req, hasBody ? Buffer.concat(chunks) : null), { remoteAddress: req.socket.remoteAddress })
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => void (headers[name] = value))
  return { status: response.status, headers, body: response.body ? await response.text() : null }
}

const MALFORMED: PlainResponse = {
  status: 400,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: '{"error":{"code":"bad_request","message":"malformed request"}}',
}

export function toNodeListener(handler: ConsentHandler): (req: IncomingMessage, res: ServerResponse) => void {
  const plain = (handler as unknown as Record<symbol, PlainHandler | undefined>)[PLAIN]
  return (req, res) => {
    const answer = plain ? Promise.resolve().then(() => plain(plainRequest(req))) : viaWeb(handler, req)
    answer.catch(() => MALFORMED).then((response) => {
      // With its length, the answer goes out as one write (head and body), not chunked.
      if (response.body !== null && !('content-length' in response.headers)) response.headers['content-length'] = String(Buffer.byteLength(response.body))
      res.writeHead(response.status, response.headers)
      res.end(response.body)
      // A body we did not read (413, 415, 404) may still be arriving: discard it.
      if (!req.complete) req.resume()
    }).catch(() => res.destroy())
  }
}
