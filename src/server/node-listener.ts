// toNodeListener: runs a Web Request -> Response handler on node:http. It passes the socket's
// address (a Request cannot carry it) and streams the body in, so the handler's byte cap holds.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { MAX_BODY_BYTES } from './read-body'
import type { ConsentHandler } from './types'

/** Reads at most one byte over the cap (enough for the handler to answer 413), then stops. */
function readCapped(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      chunks.push(chunk)
      size += chunk.length
      if (size > MAX_BODY_BYTES) done()
    }
    const done = () => {
      req.off('data', onData).off('end', done).off('error', reject)
      resolve(Buffer.concat(chunks, size).subarray(0, MAX_BODY_BYTES + 1))
    }
    req.on('data', onData).on('end', done).on('error', reject)
  })
}

// Buffering a body of at most 16 KiB + 1 in the adapter is much cheaper than a Web stream.
async function toRequest(req: IncomingMessage): Promise<Request> {
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
    body: hasBody ? (new Uint8Array(await readCapped(req)) as BodyInit) : undefined,
  })
}

export function toNodeListener(handler: ConsentHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      let response: Response
      try {
        response = await handler(await toRequest(req), { remoteAddress: req.socket.remoteAddress })
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
