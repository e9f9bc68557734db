// The handler's own small request/response shapes. The protocol logic runs on these; the Web
// (Request -> Response) and Node (IncomingMessage) entries only translate. Node skips the Web
// objects entirely: building a Request and a Response per call cost more than the work itself.
export interface PlainRequest {
  method: string
  /** Decoded path without the query, dot segments resolved. */
  path: string
  /** The query string with its `?`, or ''. */
  search: string
  /** Whether the request came over https (for the cookie's Secure attribute). */
  secure: boolean
  header(name: string): string | null
  /** The body as text; throws BodyTooLarge over 16 KiB, TypeError for invalid UTF-8. */
  text(): Promise<string>
  remoteAddress?: string
}

export interface PlainResponse {
  status: number
  headers: Record<string, string>
  body: string | null
}

export type PlainHandler = (request: PlainRequest) => Promise<PlainResponse>

/** Where createHandler's Web function keeps its plain core, for toNodeListener. */
export const PLAIN = Symbol.for('assent.server.plain')
