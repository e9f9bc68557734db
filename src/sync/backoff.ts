// Retry delay: exponential from 1 s to 5 min, with jitter so that many pages coming back online
// together do not retry in step; a server's Retry-After is honoured when it asks for longer.
export function backoff(attempt: number, retryAfterSeconds = 0): number {
  const base = Math.min(300_000, 1000 * 2 ** attempt)
  return Math.max(base * (0.5 + Math.random() / 2), retryAfterSeconds * 1000)
}
