// `assent-server`: the consent-records server, and `assent-server purge` for retention.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './cli-args'
import { createHandler } from './handler'
import { MissingDriverError } from './load-driver'
import { toNodeListener } from './node-listener'
import { postgresStore } from './postgres-store'
import { purgeExpired, scheduleRetention } from './retention'
import { sqliteStore } from './sqlite-store'
import type { ConsentStore } from './types'

function openStore(options: CliOptions): ConsentStore {
  return /^postgres(ql)?:\/\//.test(options.db) ? postgresStore(options.db) : sqliteStore(options.db, { writer: options.sqliteWriter })
}

function fail(message: string, code: number): never {
  process.stderr.write(`assent-server: ${message}\n`)
  process.exit(code)
}

async function serve(options: CliOptions): Promise<void> {
  const store = openStore(options)
  try {
    // Opens (and migrates) the database before listening, so a bad --db fails the start.
    const purged = await purgeExpired(store, options.retentionDays)
    if (purged > 0) console.log(`purged ${purged} records older than ${options.retentionDays} days`)
  } catch (error) {
    if (error instanceof MissingDriverError) fail(error.message, 1)
    fail(`cannot open the database ${options.db}: ${(error as Error).message}`, 1)
  }
  const handler = createHandler({
    store, origins: options.origins, adminToken: options.adminToken, ipMode: options.ipMode, ipSalt: options.ipSalt,
    retentionDays: options.retentionDays, basePath: '/v1', trustProxy: options.trustProxy,
    rateLimit: options.rateLimit === 0 ? false : { perMinute: options.rateLimit },
    cookie: options.cookieName ? { name: options.cookieName } : undefined,
    dashboard: options.dashboard && { path: '/dashboard', staleAfterMinutes: options.staleAfterMinutes, sessionMinutes: options.sessionMinutes },
  })
  const stopRetention = scheduleRetention(store, options.retentionDays, { immediate: false })
  const server = createServer(toNodeListener(handler))
  server.keepAliveTimeout = 5000
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? 'the port is in use' : error.code === 'EACCES' ? 'permission denied' : error.message
    fail(`cannot listen on ${options.host}:${options.port}: ${reason}`, 1)
  })
  server.listen(options.port, options.host, () => {
    const { port } = server.address() as AddressInfo
    const host = options.host.includes(':') ? `[${options.host}]` : options.host
    console.log(`listening on http://${host}:${port}/v1`)
  })
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    stopRetention()
    server.close(() => void store.close().then(() => process.exit(0), () => process.exit(1)))
    server.closeIdleConnections()
    // Requests in flight get a moment to finish; then we go regardless.
    setTimeout(() => process.exit(0), 5000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

async function purge(options: CliOptions): Promise<void> {
  const store = openStore(options)
  try {
    const count = await purgeExpired(store, options.retentionDays)
    console.log(`purged ${count} records older than ${options.retentionDays} days`)
  } catch (error) {
    if (error instanceof MissingDriverError) fail(error.message, 1)
    fail(`purge failed on ${options.db}: ${(error as Error).message}`, 1)
  } finally {
    await store.close().catch(() => {})
  }
}

async function main(): Promise<void> {
  let options: CliOptions
  try {
    options = parseCliArgs(process.argv.slice(2), process.env)
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\n\n${USAGE}`, 2)
    throw error
  }
  if (options.command === 'help') return void process.stdout.write(USAGE)
  if (options.command === 'purge') return purge(options)
  return serve(options)
}

void main()
