// The server examples run as documented (they import `assent/server`, i.e. the built dist/).
import { afterAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeRecord } from '../../src/core/record-codec'
import { exited } from './cli-process'
import { makeRecord } from './fixtures'

const ROOT = new URL('../../', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'assent-examples-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function startExample(file: string, args: string[] = []) {
  const child = spawn(process.execPath, [join(ROOT, file), ...args], {
    env: { ...process.env, PORT: '0', DB: join(dir, `${file.replace(/\W/g, '_')}.db`) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise<{ url: string; stop: () => Promise<unknown> }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk
      const match = /listening on (\S+)/.exec(output)
      if (match) resolve({ url: match[1], stop: () => (child.kill('SIGTERM'), exited(child)) })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`${file} exited with ${code}:\n${output}`)))
  })
}

describe('examples/server', () => {
  it('node-http.mjs serves the site and the endpoint under /consent/v1, re-setting the consent cookie', async () => {
    const example = await startExample('examples/server/node-http.mjs')
    try {
      expect(example.url).toMatch(/\/consent\/v1$/)
      expect(await (await fetch(`${example.url}/health`)).json()).toEqual({ ok: true })
      expect(await (await fetch(example.url.replace('/consent/v1', '/'))).text()).toContain('The site itself')
      const record = makeRecord()
      const response = await fetch(`${example.url}/consents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `assent=${encodeURIComponent(encodeRecord(record))}` },
        body: JSON.stringify(record),
      })
      expect(response.status).toBe(201)
      expect(response.headers.get('set-cookie')).toMatch(/^assent=.+; Max-Age=\d+; Path=\/; SameSite=Lax$/)
    } finally {
      await example.stop()
    }
  })

  it('express.mjs mounts the endpoint in an Express app under /consent/v1', async () => {
    const example = await startExample('examples/server/express.mjs')
    try {
      expect(await (await fetch(example.url.replace('/consent/v1', '/'))).text()).toContain('on Express')
      const record = makeRecord()
      const post = () => fetch(`${example.url}/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) })
      expect((await post()).status).toBe(201)
      expect((await post()).status).toBe(200)
      const bad = await fetch(`${example.url}/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id": 1}' })
      expect(bad.status).toBe(400)
      expect((await (await fetch(`${example.url}/subjects/${record.subject}`)).json()).records).toHaveLength(1)
      expect((await fetch(`${example.url}/subjects/${record.subject}`, { method: 'DELETE' })).status).toBe(204)
    } finally {
      await example.stop()
    }
  })

  it('web-standard.mjs runs the same handler on Node with --node', async () => {
    const example = await startExample('examples/server/web-standard.mjs', ['--node'])
    try {
      const record = makeRecord()
      const response = await fetch(`${example.url}/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) })
      expect(response.status).toBe(201)
      expect((await (await fetch(`${example.url}/subjects/${record.subject}`)).json()).records[0].id).toBe(record.id)
    } finally {
      await example.stop()
    }
  })
})
