// toNodeListener: runs a Web Request -> Response handler on node:http. It passes the socket's
// address (a Request cannot carry it) and streams the body in, so the handler's byte cap holds.
import { Readable } from 'node:stream'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ConsentHandler } from './types'

function toRequest(req: IncomingMessage): Request {
  const host = req.headers.host ?? 'localhost'
  const protocol = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) headers.append(name, item)
    else headers.set(name, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(`${protocol}://${host}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Required by Node's fetch for a streamed body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

export function toNodeListener(handler: ConsentHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      let response: Response
      try {
        response = await handler(toRequest(req), { remoteAddress: req.socket.remoteAddress })
      } catch {
        // A Host header that makes no URL, say: the handler never saw the request.
        response = new Response('{"error":{"code":"bad_request","message":"malformed request"}}', { status: 400, headers: { 'content-type': 'application/json' } })
      }
      const headers: Record<string, string | string[]> = {}
      response.headers.forEach((value, name) => {
        if (name === 'set-cookie') return
        headers[name] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) headers['set-cookie'] = cookies
      const body = response.body ? Buffer.from(await response.arrayBuffer()) : null
      res.writeHead(response.status, headers)
      res.end(body)
      // A body we refused (413, 415) may still be arriving: do not keep reading it.
      if (!req.complete) req.resume()
    })().catch(() => res.destroy())
  }
}
