import { describe, expect, it } from 'vitest'
import { parseAuditArgs, UsageError } from '../../src/audit/args'
import { BrowserNotFound, findBrowser, INSTALL_PATHS } from '../../src/audit/browser-finder'
import { loadPeer, MissingPeer } from '../../src/audit/peers'

describe('audit args', () => {
  it('defaults of SPEC 13', () => {
    expect(parseAuditArgs(['https://example.com'])).toEqual({ url: 'https://example.com/', pages: 5, out: 'assent-audit', failOn: 'error',
      config: undefined, suggest: false, chrome: undefined, timeoutMs: 20_000, devRoutes: [] })
  })
  it('every option', () => {
    expect(parseAuditArgs(['https://a.test/x', '--pages', '2', '--out', 'o', '--fail-on', 'warning', '--config', 'c.json', '--suggest',
      '--chrome', '/c', '--timeout', '3', '--dev-route', '*.g.com=http://127.0.0.1:1'])).toMatchObject({
      url: 'https://a.test/x', pages: 2, out: 'o', failOn: 'warning', config: 'c.json', suggest: true, chrome: '/c', timeoutMs: 3000,
      devRoutes: [{ glob: '*.g.com', target: 'http://127.0.0.1:1' }] })
  })
  it('--help', () => expect(parseAuditArgs(['--help'])).toBeNull())
  it.each([
    [[], /missing the <url>/],
    [['a', 'b'], /one <url> at a time/],
    [['ftp://x.test/'], /must be an http:\/\/ or https:\/\/ URL, got "ftp:\/\/x.test\/" \(ftp\)/],
    [['javascript:alert(1)'], /\(javascript\)/],
    [['/relative'], /must be an absolute http/],
    [['https://x.test', '--pages', '0'], /--pages must be a whole number from 1 to 50, got "0"/],
    [['https://x.test', '--pages', '2.5'], /--pages/],
    [['https://x.test', '--fail-on', 'critical'], /--fail-on must be error, warning or never, got "critical"/],
    [['https://x.test', '--timeout', '-1'], /--timeout|argument/],
    [['https://x.test', '--dev-route', 'nohost'], /--dev-route must be HOSTGLOB=http:\/\/host:port/],
    [['https://x.test', '--bogus'], /Unknown option '--bogus'/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseAuditArgs(argv as string[])).toThrow(UsageError)
    expect(() => parseAuditArgs(argv as string[])).toThrow(message)
  })
})

describe('browser finder', () => {
  const only = (...paths: string[]) => (path: string) => paths.includes(path)
  it('--chrome first, then CHROME_PATH, then the install paths, then Playwright\'s', () => {
    expect(findBrowser('/a', { CHROME_PATH: '/b' }, '/p', only('/a', '/b'))).toBe('/a')
    expect(findBrowser(undefined, { CHROME_PATH: '/b' }, '/p', only('/b', INSTALL_PATHS[0]))).toBe('/b')
    expect(findBrowser(undefined, {}, '/p', only(INSTALL_PATHS[1], '/p'))).toBe(INSTALL_PATHS[1])
    expect(findBrowser(undefined, {}, '/p', only('/p'))).toBe('/p')
  })
  it('a flag or variable pointing nowhere is an error, not a fallback', () => {
    expect(() => findBrowser('/a', {}, undefined, only(INSTALL_PATHS[0]))).toThrow('--chrome /a: no runnable browser there')
    expect(() => findBrowser(undefined, { CHROME_PATH: '/b' }, undefined, only(INSTALL_PATHS[0]))).toThrow('CHROME_PATH=/b')
  })
  it('none: one message naming every place looked at', () => {
    expect(() => findBrowser(undefined, {}, '/pw/chrome', only())).toThrow(BrowserNotFound)
    try {
      findBrowser(undefined, {}, '/pw/chrome', only())
    } catch (error) {
      const message = (error as Error).message
      for (const place of ['--chrome', 'CHROME_PATH', ...INSTALL_PATHS, '/pw/chrome']) expect(message).toContain(place)
    }
  })
})

describe('optional peers', () => {
  it('a missing one says what to install', async () => {
    await expect(loadPeer('assent-no-such-package', 'assent audit')).rejects.toThrow(MissingPeer)
    await expect(loadPeer('assent-no-such-package', 'assent audit')).rejects.toThrow('assent audit needs assent-no-such-package: npm install -D assent-no-such-package')
  })
  it('a present one loads', async () => {
    expect(typeof (await loadPeer<typeof import('node:path')>('node:path', 'x')).join).toBe('function')
  })
})
