// Reads a request body up to a byte cap. Bytes are counted as they arrive: a missing or false
// Content-Length must not let a large body through, nor make us buffer it.
export const MAX_BODY_BYTES = 16 * 1024

export class BodyTooLarge extends Error {}

export async function readBody(request: Request, max = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length'))
  if (declared > max) throw new BodyTooLarge()
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
  // fatal: invalid UTF-8 is a bad body, not silently replaced text.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}
