// JSON answers and the protocol's error shape: {"error": {"code", "message", "field"}}.
import type { PlainResponse } from './plain-http'

export function json(status: number, body: unknown, headers: Record<string, string> = {}): PlainResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  }
}

export function errorResponse(status: number, code: string, message: string, field?: string, headers: Record<string, string> = {}): PlainResponse {
  return json(status, { error: field === undefined ? { code, message } : { code, message, field } }, headers)
}
