// The `assent-server` command: help, flag errors (exit 2), the listening line, /v1, admin token
// from the environment, retention purge subcommand, clean stop on SIGTERM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { canonicalJson } from '../../src/server/canonical-json'
import { sqliteStore } from '../../src/server/index'
import { CLI, exited, runCli, startCli } from './cli-process'
import { makeRecord, PG_URL } from './fixtures'

let dir: string
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`)
  dir = mkdtempSync(join(tmpdir(), 'assent-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('assent-server', () => {
  it('prints help with every flag', async () => {
    const { code, stdout } = await runCli(['--help'])
    expect(code).toBe(0)
    for (const flag of ['--port', '--host', '--db', '--origin', '--admin-token', '--ip-mode', '--retention-days', 'purge']) expect(stdout).toContain(flag)
  })

  it.each([
    [['--port', 'eighty'], '--port'],
    [['--port', '70000'], '--port'],
    [['--ip-mode', 'keep'], '--ip-mode'],
    [['--origin', 'https://example.com/'], '--origin'],
    [['--retention-days', '0'], '--retention-days'],
    [['--admin-token', 'short'], '--admin-token'],
    [['--colour'], 'colour'],
    [['serve-forever'], 'unknown command'],
  ])('refuses %j with exit code 2 and a message naming it', async (args, named) => {
    const { code, stderr } = await runCli(args as string[])
    expect(code).toBe(2)
    expect(stderr).toContain(named)
    expect(stderr).toContain('Usage:')
  })

  it('fails clearly when the database cannot be opened', async () => {
    const { code, stderr } = await runCli(['--port', '0', '--db', join(dir, 'missing-dir', 'x.db')])
    expect(code).toBe(1)
    expect(stderr).toMatch(/cannot open the database/)
  })

  it('serves /v1 on 127.0.0.1 with --port 0, takes the admin token from the environment, stops on SIGTERM', async () => {
    const token = 'env-admin-token-0123456789'
    const server = await startCli(['--port', '0', '--db', join(dir, 'serve.db'), '--origin', 'https://example.com'], { ASSENT_ADMIN_TOKEN: token })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/)
      expect(server.output()).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/v1\n$/)
      const record = makeRecord()
      const posted = await fetch(`${server.url}/consents`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://example.com' }, body: JSON.stringify(record) })
      expect(posted.status).toBe(201)
      expect(posted.headers.get('access-control-allow-origin')).toBe('https://example.com')
      expect((await fetch(`${server.url}/stats`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200)
      expect((await fetch(`${server.url}/stats`)).status).toBe(401)
      expect((await fetch(server.url.replace('/v1', '/consents'), { method: 'POST' })).status).toBe(404)
    } finally {
      server.child.kill('SIGTERM')
    }
    expect(await exited(server.child)).toEqual({ code: 0, signal: null })
  })

  it('purge erases records older than --retention-days', async () => {
    const path = join(dir, 'purge.db')
    const store = sqliteStore(path)
    const old = makeRecord()
    const recent = makeRecord({ subject: old.subject })
    const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
    await store.insert({ ...old, receivedAt: at(100), origin: null, userAgent: null, ip: null }, canonicalJson(old))
    await store.insert({ ...recent, receivedAt: at(10), origin: null, userAgent: null, ip: null }, canonicalJson(recent))
    await store.close()
    const { code, stdout } = await runCli(['purge', '--db', path, '--retention-days', '30'])
    expect(code).toBe(0)
    expect(stdout).toContain('purged 1 records older than 30 days')
    const after = sqliteStore(path)
    expect((await after.listBySubject(old.subject)).map((r) => r.id)).toEqual([recent.id])
    await after.close()
  })

  // Defined only with a database to run against (fixtures.ts prints that PostgreSQL was not tested).
  if (PG_URL) it('serves from PostgreSQL with --db postgres://', async () => {
    const server = await startCli(['--port', '0', '--db', PG_URL!])
    try {
      const record = makeRecord()
      const posted = await fetch(`${server.url}/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) })
      expect(posted.status).toBe(201)
      expect((await (await fetch(`${server.url}/subjects/${record.subject}`)).json()).records[0].id).toBe(record.id)
    } finally {
      server.child.kill('SIGTERM')
      await exited(server.child)
    }
  })
})
