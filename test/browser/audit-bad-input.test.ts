// Bad input to `assent audit`, through the real command: each gives a clear message and exit 2
// (or a note in the report), within bounded time, never a stack trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundlePage, startServer, type TestServer } from './harness'
import { runAudit } from './audit-run'

let site: TestServer
beforeAll(async () => {
  site = await startServer({
    '/hang': () => {}, // never answers
    '/slow/': { body: '<!doctype html><title>slow</title><h1>Slow</h1><img src="/hang" alt="">' },
    '/ok/': { body: bundlePage({ policy: { version: '1' }, categories: { necessary: { required: true }, analytics: {} } }, '<h1>ok</h1>') },
  })
  const other = site.url.replace('127.0.0.1', 'localhost')
  site.route('/away/', { body: `<!doctype html><title>away</title><script>setTimeout(function () { location.href = '${other}/ok/' }, 200)</script>` })
})
afterAll(() => site?.close())

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error: .*\n.*node:/)

describe('assent audit on bad input', () => {
  it('a URL that is not http(s): exit 2, named', async () => {
    for (const url of ['ftp://example.com/', 'file:///etc/passwd', 'example.com']) {
      const run = await runAudit([url])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/<url> must be an (absolute )?http:\/\/ or https:\/\/ URL/)
      noStack(run.stderr)
    }
  })

  it('bad options: exit 2 with the flag named and the usage', async () => {
    const run = await runAudit([`${site.url}/ok/`, '--pages', 'lots'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--pages must be a whole number from 1 to 50, got "lots"/)
    expect(run.stderr).toMatch(/Usage:/)
    const unknown = await runAudit([`${site.url}/ok/`, '--fast'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/Unknown option '--fast'/)
  })

  it('a bad --config: exit 2, naming the file and the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-config-'))
    writeFileSync(join(dir, 'broken.json'), '{ "categories": ')
    writeFileSync(join(dir, 'field.json'), JSON.stringify({ categories: { analytics: { services: { ga4: { cookies: '_ga' } } } } }))
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.json'), /--config .*missing\.json: cannot read it \(ENOENT\)/],
      [join(dir, 'broken.json'), /--config .*broken\.json: not valid JSON/],
      [join(dir, 'field.json'), /--config .*field\.json: categories\.analytics\.services\.ga4\.cookies must be an array of strings/],
    ]
    for (const [file, message] of cases) {
      const run = await runAudit([`${site.url}/ok/`, '--config', file])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(message)
      noStack(run.stderr)
    }
    rmSync(dir, { recursive: true, force: true })
  })

  it('no browser where --chrome points: exit 2, naming the path', async () => {
    const run = await runAudit([`${site.url}/ok/`, '--chrome', '/nowhere/chrome'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--chrome \/nowhere\/chrome: no runnable browser there/)
    noStack(run.stderr)
  })

  it('an unreachable URL: exit 2 with the browser\'s reason', async () => {
    const closed = await startServer()
    const url = `${closed.url}/`
    await closed.close()
    const run = await runAudit([url])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`cannot load ${url}: net::ERR_CONNECTION_REFUSED`)
    expect(run.report).toBeUndefined()
    noStack(run.stderr)
  }, 60_000)

  it('a page that never answers: exit 2 after --timeout', async () => {
    const run = await runAudit([`${site.url}/hang`, '--timeout', '2'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/cannot load .*\/hang: no answer within 2 s \(--timeout\)/)
    noStack(run.stderr)
  }, 60_000)

  it('a page whose load never finishes: audited as it stood, with a note', async () => {
    const run = await runAudit([`${site.url}/slow/`, '--timeout', '2', '--pages', '1'])
    // No consent tool and nothing that needs one: no-banner is info only.
    expect(run.code, run.stderr).toBe(0)
    expect(run.report!.phases['first-visit']!.notes[0]).toMatch(/did not finish loading within 2 s \(--timeout\); audited as it stood/)
    noStack(run.stderr)
  }, 120_000)

  it('a page that navigates away to another origin: a note, the audit finishes', async () => {
    const run = await runAudit([`${site.url}/away/`, '--pages', '1'])
    expect([0, 1]).toContain(run.code)
    expect(run.report!.phases['first-visit']!.notes.join('\n')).toMatch(/went on to http:\/\/localhost:\d+\/ok\/; the crawl stays on http:\/\/localhost:\d+/)
    noStack(run.stderr)
  }, 120_000)
})
