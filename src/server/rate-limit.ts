// Per-address token bucket, in memory only (addresses are never stored for this).
export interface RateLimitOptions {
  /** Requests allowed per minute per address (the bucket's refill rate and size). */
  perMinute: number
}

export interface RateLimiter {
  /** 0 when allowed, else the seconds to wait. */
  take(key: string): number
}

const MAX_TRACKED = 50_000

export function createRateLimiter({ perMinute }: RateLimitOptions, now = () => Date.now()): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const perMs = perMinute / 60_000
  function prune(time: number): void {
    // Full buckets carry no information: drop them so memory stays bounded.
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) * perMs >= perMinute) buckets.delete(key)
    }
    // Under a flood of distinct addresses, forget the oldest rather than grow without bound.
    for (const key of buckets.keys()) {
      if (buckets.size <= MAX_TRACKED / 2) break
      buckets.delete(key)
    }
  }
  return {
    take(key) {
      const time = now()
      if (buckets.size >= MAX_TRACKED) prune(time)
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: time }
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs)
      bucket.at = time
      buckets.delete(key)
      buckets.set(key, bucket) // re-insert: Map order becomes least recently used first
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return 0
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000))
    },
  }
}
