// Random methods, paths, queries and headers: every answer is a protocol answer (< 500), and
// the handler keeps working. Through the Web handler in-process, plus a raw-socket pass over
// real HTTP for what a Request cannot express.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from 'node:net'
import { createHandler, type ConsentHandler } from '../../src/server/index'
import { makeRecord, openTestStore, startApi, type StoreHandle, type TestApi } from './fixtures'

let handle: StoreHandle
let handler: ConsentHandler
beforeAll(async () => {
  handle = await openTestStore('sqlite')
  handler = createHandler({ store: handle.store, basePath: '/v1', adminToken: 'fuzz-admin-token-0123456789', origins: ['https://example.com'] })
})
afterAll(async () => handle?.dispose())

describe('request fuzz', () => {
  it('answers random requests below 500 and keeps serving', async () => {
    let seed = 7
    const random = () => ((seed = (Math.imul(seed, 48271) + 1) >>> 0) / 2 ** 32)
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
    const segments = ['v1', 'consents', 'subjects', 'stats', 'health', 'export', '..', '.', '%2e%2e', '%00', '%ff', crypto.randomUUID(), '', 'x'.repeat(300), '%E2%82%AC', '%']
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']
    for (let i = 0; i < 400; i++) {
      const path = '/' + Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(segments)).join('/')
      const query = pick(['', '?from=2025-01-01&to=2025-01-31', '?from=%ZZ', '?to=2025-02-30', '?from=0000-00-00', '?a=' + 'b'.repeat(100)])
      const method = pick(methods)
      const headers: Record<string, string> = { 'content-type': pick(['application/json', 'text/plain', 'application/json; charset=latin1', '']) }
      if (random() < 0.3) headers.authorization = pick(['Bearer ', 'Bearer fuzz-admin-token-0123456789', 'Basic abc', 'Bearer ' + 'x'.repeat(500)])
      if (random() < 0.3) headers.origin = pick(['https://example.com', 'null', 'https://evil.example'])
      const body = method === 'GET' || method === 'HEAD' ? undefined : pick(['', '{}', JSON.stringify(makeRecord()), '[]', '{"id":'])
      const response = await handler(new Request(`http://api.test${path}${query}`, { method, headers, body }), { remoteAddress: `10.0.${i % 7}.1` })
      expect(response.status, `${method} ${path}${query}`).toBeLessThan(500)
      await response.arrayBuffer()
    }
    const record = makeRecord()
    const ok = await handler(new Request('http://api.test/v1/consents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) }))
    expect(ok.status).toBe(201)
  })

  describe('over raw sockets', () => {
    let api: TestApi
    beforeAll(async () => {
      api = await startApi('sqlite')
    })
    afterAll(async () => api?.close())

    const raw = (text: string) => new Promise<string>((resolve) => {
      const { port } = new URL(api.url)
      const socket = connect(Number(port), '127.0.0.1', () => socket.end(text))
      let answer = ''
      socket.on('data', (chunk) => (answer += chunk))
      socket.on('close', () => resolve(answer))
      socket.on('error', () => resolve(answer))
    })

    it.each([
      ['a body shorter than its Content-Length', 'POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{"id":'],
      ['a huge chunked body', `POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${'4000\r\n' + 'a'.repeat(0x4000) + '\r\n'}${'4000\r\n' + 'a'.repeat(0x4000) + '\r\n'}0\r\n\r\n`],
      ['a path with raw dot segments', 'GET /v1/../v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
      ['an absolute-form target', 'GET http://other.example/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ])('survives %s', async (_what, text) => {
      const answer = await raw(text)
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)
      expect(status === 0 || status < 500, answer.slice(0, 200)).toBe(true)
      expect((await fetch(`${api.url}/health`)).status).toBe(200)
    })
  })
})
