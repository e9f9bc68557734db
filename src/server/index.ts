// `assent/server`: the consent-records backend (SPEC.md sections 6 and 8).
export { createHandler } from './handler'
export { sqliteStore, type SqliteStoreOptions } from './sqlite-store'
export { postgresStore, type PostgresPoolConfig } from './postgres-store'
export { toNodeListener } from './node-listener'
export { purgeExpired, scheduleRetention } from './retention'
export { validateRecord, InvalidRecord } from './validate-record'
export { MissingDriverError } from './load-driver'
export { regionFromHeaders } from './region-headers'
export type { RegionFromHeadersOptions, RegionSource, HeadersLike } from './region-headers'
export { readConsentCookie } from './read-consent-cookie'
export type { HandlerOptions } from './handler-options'
export type { ConsentCookieOptions } from './consent-cookie'
export type { DashboardOptions } from './dashboard/dashboard-options'
export type { CountRow } from './dashboard/record-counts'
export type {
  ConnectionInfo, ConsentHandler, ConsentRecord, ConsentStore, DailyStats, InsertResult, IpMode, Receipt, StoredRecord,
} from './types'
