// Types shared by the handler, the stores and the CLI (SPEC.md sections 6 and 8).
import type { ConsentRecord } from '../core/types'
import type { CountRow } from './dashboard/record-counts'

export type { ConsentRecord }

/** A record as stored: the client's ConsentRecord plus what the server adds. */
export interface StoredRecord extends ConsentRecord {
  receivedAt: string
  origin: string | null
  userAgent: string | null
  ip: string | null
}

/** The first answer to a POST, repeated for a retry of the same record. */
export interface Receipt {
  id: string
  receivedAt: string
}

export type InsertResult =
  | { status: 'created'; receipt: Receipt }
  | { status: 'duplicate'; receipt: Receipt }
  | { status: 'conflict' }
  /** The subject was erased: its records are not taken again (a late retry must not undo an erasure). */
  | { status: 'erased' }

export interface DailyStats {
  day: string
  actions: Record<string, number>
  /** Records that granted each category. */
  grants: Record<string, number>
  /** Records by regime model, then by region ('unknown' for none); records from before
   * regimes (no `regime`) are in `total` only. */
  regimes: Record<string, Record<string, number>>
  total: number
}

export interface ConsentStore {
  /** Idempotent by id: `duplicate` when the same id with the same canonical content exists. */
  insert(record: StoredRecord, canonical: string): Promise<InsertResult>
  /** Newest first by receivedAt. */
  listBySubject(subject: string): Promise<StoredRecord[]>
  /** Erases the subject's records and remembers (as a hash) that it was erased; returns how many. */
  deleteSubject(subject: string): Promise<number>
  /** `from` and `to` are days (YYYY-MM-DD), both included, by receivedAt in UTC. */
  stats(from: string, to: string): Promise<DailyStats[]>
  /** Erases records received before `before`; returns how many. */
  purgeOlderThan(before: Date): Promise<number>
  /** The dashboard's daily counts for days `from` to `to` (both included, UTC); see dashboard/record-counts.ts. */
  counts?(from: string, to: string): Promise<CountRow[]>
  /** Records received in [from, to). */
  receivedBetween?(from: Date, to: Date): Promise<number>
  /** When the newest record was received, or null. */
  lastReceivedAt?(): Promise<string | null>
  close(): Promise<void>
}

export type IpMode = 'truncate' | 'hash' | 'drop'

/** What the runtime knows about the connection, which a Web `Request` does not carry. */
export interface ConnectionInfo {
  /** The socket's peer address. */
  remoteAddress?: string
}

export type ConsentHandler = (request: Request, connection?: ConnectionInfo) => Promise<Response>
