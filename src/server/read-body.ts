// Reads a request body up to a byte cap. Bytes are counted as they arrive: a missing or false
// Content-Length must not let a large body through, nor make us buffer it.
import type { IncomingMessage } from 'node:http'

export const MAX_BODY_BYTES = 16 * 1024

export class BodyTooLarge extends Error {}

// fatal: invalid UTF-8 is a bad body (TypeError), not silently replaced text. One decoder for
// all: a decode without { stream } starts from a clean state, even after a failed one.
const decoder = new TextDecoder('utf-8', { fatal: true })
const decode = (bytes: Uint8Array) => decoder.decode(bytes)

/** A Web Request's body. */
export async function readBody(request: Request, max = MAX_BODY_BYTES): Promise<string> {
  if (Number(request.headers.get('content-length')) > max) throw new BodyTooLarge()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return decode(bytes)
}

/** A Node request's body; stops reading at the cap (the rest is drained after the answer). */
export function readNodeBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<string> {
  if (Number(req.headers['content-length']) > max) return Promise.reject(new BodyTooLarge())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (error?: Error) => {
      req.off('data', onData).off('end', onEnd).off('error', finish)
      if (error) return reject(error)
      try {
        resolve(decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)))
      } catch (decodeError) {
        reject(decodeError)
      }
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > max) return finish(new BodyTooLarge())
      chunks.push(chunk)
    }
    const onEnd = () => finish()
    req.on('data', onData).on('end', onEnd).on('error', finish)
  })
}
