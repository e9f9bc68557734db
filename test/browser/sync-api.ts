// The real consent server (createHandler + toNodeListener over a temp SQLite file) on its own
// origin, behind a switch that can fail requests for a while: 5xx answers, dropped connections,
// slow answers. Lets the sync tests count what reached the store.
import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { createHandler, sqliteStore, toNodeListener, type ConsentStore } from '../../src/server/index'

export type Fault = { kind: 'status'; status: number; times: number } | { kind: 'drop'; times: number }

export interface SyncApi {
  /** The endpoint to configure: http://127.0.0.1:PORT/v1 */
  endpoint: string
  store: ConsentStore
  /** POST /v1/consents requests that reached the process (failed or not). */
  posts: number
  /** Fails the next `times` POSTs. */
  fail(fault: Fault): void
  /** Delays every answer by this many ms (0 to stop). */
  delay(ms: number): void
  close(): Promise<void>
}

export async function startSyncApi(origins: string[]): Promise<SyncApi> {
  const dir = mkdtempSync(join(tmpdir(), 'assent-sync-'))
  const store = sqliteStore(join(dir, 'consent.db'))
  const listener = toNodeListener(createHandler({ store, origins, basePath: '/v1', rateLimit: false }))
  let fault: Fault | null = null
  let delayMs = 0
  const api: SyncApi = {
    endpoint: '',
    store,
    posts: 0,
    fail: (next) => void (fault = next),
    delay: (ms) => void (delayMs = ms),
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  const server = createServer(async (req, res) => {
    const isPost = req.method === 'POST' && req.url === '/v1/consents'
    if (isPost) api.posts++
    if (isPost && fault && fault.times > 0) {
      fault.times--
      if (fault.kind === 'drop') return void req.socket.destroy()
      res.writeHead(fault.status, { 'content-type': 'application/json', 'access-control-allow-origin': req.headers.origin ?? '*' })
      return void res.end(JSON.stringify({ error: { code: 'injected', message: 'injected failure' } }))
    }
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs))
    listener(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  api.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  return api
}
