// Retention: erase records older than retentionDays, at start and then every 24 hours.
import type { ConsentStore } from './types'

const DAY_MS = 86_400_000

export function purgeExpired(store: ConsentStore, retentionDays: number, now = Date.now()): Promise<number> {
  return store.purgeOlderThan(new Date(now - retentionDays * DAY_MS))
}

/** Runs the purge now (unless `immediate` is false) and daily; returns a stop function.
 * The timer never keeps the process alive. */
export function scheduleRetention(store: ConsentStore, retentionDays: number, { immediate = true, onPurged = (_count: number) => {} } = {}): () => void {
  const run = () => purgeExpired(store, retentionDays).then(onPurged, (error) => console.error('assent-server: retention purge failed:', error))
  if (immediate) void run()
  const timer = setInterval(run, DAY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
