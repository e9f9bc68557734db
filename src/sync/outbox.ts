// The persistent outbox: records waiting for the server, in localStorage so they survive
// navigation, reloads and closed tabs. Shared by the site's tabs: every change re-reads first.
// localStorage may be missing or throw (blocked storage, quota): then a page-lifetime copy is used.
import type { ConsentRecord } from '../core/types'

const KEY = 'assent:outbox'
const SEEN_KEY = 'assent:sent'
const MAX_RECORDS = 100
const MAX_SEEN = 20

const memory: Record<string, unknown[]> = {}

function read<T>(key: string): T[] {
  let text: string | null
  try {
    text = localStorage.getItem(key)
  } catch {
    return (memory[key] as T[]) || []
  }
  try {
    const value = JSON.parse(text || '[]')
    return Array.isArray(value) ? value : []
  } catch {
    return [] // corrupt: nothing usable was stored
  }
}

function write(key: string, list: unknown[]): void {
  memory[key] = list
  try {
    localStorage.setItem(key, JSON.stringify(list))
  } catch {
    // kept in memory for this page
  }
}

export const pending = (): ConsentRecord[] => read<ConsentRecord>(KEY).filter((r) => r && typeof r.id == 'string')

/** Adds a record unless it was queued before (in this tab or another); returns whether it did. */
export function enqueue(record: ConsentRecord): boolean {
  const seen = read<string>(SEEN_KEY)
  const list = pending()
  if (seen.includes(record.id) || list.some((r) => r.id === record.id)) return false
  // The cap drops the oldest: a newer decision supersedes it on the page anyway.
  write(KEY, [...list, record].slice(-MAX_RECORDS))
  write(SEEN_KEY, [...seen, record.id].slice(-MAX_SEEN))
  return true
}

export function remove(test: (record: ConsentRecord) => boolean): void {
  write(KEY, pending().filter((record) => !test(record)))
}
