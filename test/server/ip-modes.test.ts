// The client address as stored: truncated by default, salted hash, or dropped; proxies trusted
// only when told to.
import { describe, expect, it } from 'vitest'
import { truncateIp } from '../../src/server/client-ip'
import { createHandler } from '../../src/server/index'
import { makeRecord, openTestStore, startApi } from './fixtures'

describe('truncateIp', () => {
  it.each([
    ['192.0.2.133', '192.0.2.0'],
    ['::ffff:192.0.2.133', '192.0.2.0'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::'],
    ['2001:db8::1', '2001:db8:0::'],
    ['::1', '0:0:0::'],
    ['fe80::1%eth0', 'fe80:0:0::'],
    ['999.1.1.1', null],
    ['not an address', null],
    ['1:2:3:4:5:6:7:8:9', null],
  ])('%s -> %s', (address, expected) => {
    expect(truncateIp(address)).toBe(expected)
  })
})

async function storedIpFor(options: Parameters<typeof createHandler>[0] extends infer O ? Partial<O> : never, address: string, headers: Record<string, string> = {}) {
  const handle = await openTestStore('sqlite')
  try {
    const handler = createHandler({ store: handle.store, rateLimit: false, ...options })
    const record = makeRecord()
    const response = await handler(new Request('http://api.test/consents', {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(record),
    }), { remoteAddress: address })
    expect(response.status).toBe(201)
    return (await handle.store.listBySubject(record.subject))[0].ip
  } finally {
    await handle.dispose()
  }
}

describe('ipMode', () => {
  it('truncates by default (IPv4 /24, IPv6 /48)', async () => {
    expect(await storedIpFor({}, '198.51.100.77')).toBe('198.51.100.0')
    expect(await storedIpFor({}, '2001:db8:1234:5678::9')).toBe('2001:db8:1234::')
  })

  it('hashes with a salt: stable for one salt, different for another, never the address', async () => {
    const a = await storedIpFor({ ipMode: 'hash', ipSalt: 'salt-one' }, '198.51.100.77')
    const b = await storedIpFor({ ipMode: 'hash', ipSalt: 'salt-one' }, '198.51.100.77')
    const c = await storedIpFor({ ipMode: 'hash', ipSalt: 'salt-two' }, '198.51.100.77')
    expect(a).toMatch(/^sha256:[0-9a-f]{32}$/)
    expect(a).toBe(b)
    expect(c).not.toBe(a)
  })

  it('drops the address', async () => {
    expect(await storedIpFor({ ipMode: 'drop' }, '198.51.100.77')).toBeNull()
  })

  it('ignores X-Forwarded-For unless trustProxy is set', async () => {
    expect(await storedIpFor({}, '10.0.0.5', { 'x-forwarded-for': '203.0.113.9' })).toBe('10.0.0.0')
    expect(await storedIpFor({ trustProxy: true }, '10.0.0.5', { 'x-forwarded-for': '203.0.113.9, 10.0.0.5' })).toBe('203.0.113.0')
    expect(await storedIpFor({ trustProxy: 'cf-connecting-ip' }, '10.0.0.5', { 'cf-connecting-ip': '203.0.113.10' })).toBe('203.0.113.0')
  })

  it('stores the socket address that toNodeListener passes, truncated', async () => {
    const api = await startApi('sqlite')
    try {
      const record = makeRecord()
      await api.post(record, { 'x-forwarded-for': '203.0.113.9' })
      expect((await api.store.listBySubject(record.subject))[0].ip).toBe('127.0.0.0')
    } finally {
      await api.close()
    }
  })

  it('rejects a bad ipMode when the handler is created, naming the option', async () => {
    const handle = await openTestStore('sqlite')
    expect(() => createHandler({ store: handle.store, ipMode: 'keep' as never })).toThrow(/assent: ipMode/)
    expect(() => createHandler({ store: handle.store, origins: ['https://example.com/'] })).toThrow(/assent: origins/)
    expect(() => createHandler({ store: handle.store, adminToken: 'short' })).toThrow(/assent: adminToken/)
    await handle.dispose()
  })
})
