// Durability: SIGKILL the server during a burst of writes; after a restart on the same SQLite
// file, every record whose POST was answered 201 or 200 is there. For each SQLite writer: the
// default on the event loop, and the writer thread (--sqlite-writer thread).
import { describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exited, startCli } from './cli-process'
import { makeRecord } from './fixtures'

const WRITERS = [
  { writer: 'the event-loop writer (default)', args: [] },
  { writer: 'the writer thread', args: ['--sqlite-writer', 'thread'] },
]

describe.each(WRITERS)('durability with $writer', ({ args }) => {
  it('keeps every acknowledged record when the server is killed mid-burst', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-durable-'))
    const db = join(dir, 'consent.db')
    try {
      const first = await startCli(['--port', '0', '--db', db, '--rate-limit', '0', ...args])
      const acknowledged: string[] = []
      let failed = 0
      let stop = false
      // 16 writers in parallel, as fast as they go.
      const writers = Array.from({ length: 16 }, async () => {
        while (!stop) {
          const record = makeRecord()
          try {
            const response = await fetch(`${first.url}/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) })
            if (response.status === 201 || response.status === 200) acknowledged.push(record.id)
          } catch {
            failed++
            stop = true // the server is gone
          }
        }
      })
      // Kill once a good number of writes have been answered, in the middle of the burst.
      while (acknowledged.length < 400) await new Promise((r) => setTimeout(r, 5))
      first.child.kill('SIGKILL')
      await Promise.all(writers)
      expect((await exited(first.child)).signal).toBe('SIGKILL')
      expect(failed).toBeGreaterThan(0) // requests were in flight when it died

      const second = await startCli(['--port', '0', '--db', db])
      try {
        const missing: string[] = []
        const { default: Database } = await import('better-sqlite3')
        const check = new Database(db, { readonly: true })
        const find = check.prepare('SELECT 1 FROM consents WHERE id = ?')
        for (const id of acknowledged) if (!find.get(id)) missing.push(id)
        check.close()
        expect(acknowledged.length).toBeGreaterThanOrEqual(400)
        expect(missing).toEqual([])
        expect((await fetch(`${second.url}/health`)).status).toBe(200)
      } finally {
        second.child.kill('SIGTERM')
        await exited(second.child)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
