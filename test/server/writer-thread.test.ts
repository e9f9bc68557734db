// The SQLite writer thread dies with a commit in flight: the POSTs of that commit are answered
// 503 (retry later), never 201; every 201 is stored; the next commit gets a new thread, and a
// retry of each 503 is taken.
import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { parseCliArgs, UsageError } from '../../src/server/cli-args'
import { sqliteStore, writerOf } from '../../src/server/sqlite-store'
import { makeRecord, startApi } from './fixtures'

describe('SQLite writer thread', () => {
  it('answers 503 for the commit it was killed in, keeps every 201, and recovers with a new thread', async () => {
    const api = await startApi('sqlite-thread')
    const path = api.path!
    try {
      expect((await api.post(makeRecord())).status).toBe(201) // the thread is running
      const writer = writerOf(api.store)!
      const killed = writer.thread()!
      expect(killed).not.toBeNull()

      // Hold SQLite's write lock from another connection: the thread's next commit waits in
      // BEGIN IMMEDIATE, so it is surely in flight when the thread is killed.
      const lock = new Database(path)
      lock.prepare('BEGIN IMMEDIATE').run()
      const records = Array.from({ length: 12 }, () => makeRecord())
      const answers = records.map((record) => api.post(record))
      await new Promise((resolve) => setTimeout(resolve, 300))
      const exited = killed.terminate()
      lock.prepare('ROLLBACK').run()
      await exited
      const statuses = await Promise.all(answers.map((answer) => answer.then((r) => r.status)))

      expect(statuses.every((status) => status === 201 || status === 503)).toBe(true)
      const refused = records.filter((_, i) => statuses[i] === 503)
      expect(refused.length).toBeGreaterThan(0)
      const check = new Database(path, { readonly: true })
      const find = check.prepare('SELECT 1 FROM consents WHERE id = ?')
      const stored = (id: string) => find.get(id) !== undefined
      expect(records.filter((_, i) => statuses[i] === 201).every((record) => stored(record.id))).toBe(true)
      // Killed inside BEGIN: nothing of that commit was written.
      expect(refused.filter((record) => stored(record.id))).toEqual([])

      // Recovered: a new thread takes new records and the retries of the refused ones.
      expect((await api.post(makeRecord())).status).toBe(201)
      expect(writer.thread()).not.toBe(killed)
      for (const record of refused) expect((await api.post(record)).status).toBe(201)
      expect(refused.every((record) => stored(record.id))).toBe(true)
      check.close()
      lock.close()
    } finally {
      await api.close()
    }
  })

  it('is chosen by name; a wrong one is refused naming the option or flag', () => {
    expect(parseCliArgs(['--sqlite-writer', 'thread'], {}).sqliteWriter).toBe('thread')
    expect(parseCliArgs([], {}).sqliteWriter).toBe('event-loop')
    expect(() => parseCliArgs(['--sqlite-writer', 'fast'], {})).toThrow(UsageError)
    expect(() => parseCliArgs(['--sqlite-writer', 'fast'], {})).toThrow(/--sqlite-writer must be event-loop or thread/)
    expect(() => sqliteStore('x.db', { writer: 'fast' as 'thread' })).toThrow(/writer must be 'event-loop' or 'thread'/)
  })
})
