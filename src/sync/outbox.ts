// The persistent outbox: records waiting for the server, in localStorage so they survive
// navigation, reloads and closed tabs. Shared by the site's tabs: every change re-reads first.
// localStorage may be missing or throw (blocked storage, quota): then a page-lifetime copy is used.
import type { ConsentRecord } from '../core/types'

const KEY = 'assent:outbox'
const SEEN_KEY = 'assent:sent'
/** Both lists keep as many: every pending record's id is also among the ids seen. */
const MAX = 100

/** What could not be written to localStorage. */
const memory: Record<string, unknown> = {}

function read<T>(key: string): T[] {
  let value = memory[key]
  try {
    value = JSON.parse(localStorage.getItem(key) || '[]')
  } catch {
    // blocked: the page-lifetime copy; corrupt: nothing usable was stored
  }
  return Array.isArray(value) ? value : []
}

function write(key: string, list: unknown[]): void {
  try {
    localStorage.setItem(key, JSON.stringify((list = list.slice(-MAX))))
  } catch {
    memory[key] = list // kept for this page
  }
}

export const pending = (): ConsentRecord[] => read<ConsentRecord>(KEY).filter((r) => r?.id)

/** Adds a record unless it was queued before (in this tab or another); returns whether it did. */
export function enqueue(record: ConsentRecord): boolean {
  const seen = read<string>(SEEN_KEY)
  if (seen.includes(record.id)) return false
  // The cap drops the oldest: a newer decision supersedes it on the page anyway.
  write(KEY, [...pending(), record])
  write(SEEN_KEY, [...seen, record.id])
  return true
}

/** Keeps only the pending records that pass `test`. */
export function keep(test: (record: ConsentRecord) => boolean): void {
  write(KEY, pending().filter(test))
}
