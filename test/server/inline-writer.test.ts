// The SQLite writer on the event loop (the default) cannot commit: what holds the writes there
// is the store's own connection, so the commit is made to fail by holding SQLite's write lock
// from another connection past busy_timeout (5 s). The POSTs of that commit are answered 503
// (retry later), never 201, and none of them is stored; every 201 is stored; once the lock is
// gone the next commit is taken, and so is a retry of each refused record.
import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { makeRecord, startApi } from './fixtures'

describe('SQLite event-loop writer', () => {
  it('answers 503 for a commit that fails, stores none of it, and takes the next commit', async () => {
    const api = await startApi('sqlite')
    const check = new Database(api.path!, { readonly: true })
    const find = check.prepare('SELECT 1 FROM consents WHERE id = ?')
    const stored = (id: string) => find.get(id) !== undefined
    const lock = new Database(api.path!)
    try {
      const first = makeRecord()
      expect((await api.post(first)).status).toBe(201)

      lock.prepare('BEGIN IMMEDIATE').run()
      const records = Array.from({ length: 8 }, () => makeRecord())
      const pending = records.map((record) => api.post(record))
      // The first answer comes once the first commit has given up; the lock goes with it, so
      // the inserts of later turns (if any) may be taken.
      await Promise.race(pending)
      lock.prepare('ROLLBACK').run()
      const answers = await Promise.all(pending)
      const statuses = answers.map((answer) => answer.status)

      expect(statuses.every((status) => status === 201 || status === 503)).toBe(true)
      const refused = records.filter((_, i) => statuses[i] === 503)
      expect(refused.length).toBeGreaterThan(0)
      const firstRefused = answers[statuses.indexOf(503)]
      expect(firstRefused.headers.get('retry-after')).toBe('5')
      expect((await firstRefused.json()).error.code).toBe('unavailable')
      expect(refused.filter((record) => stored(record.id))).toEqual([])
      expect(records.filter((_, i) => statuses[i] === 201).every((record) => stored(record.id))).toBe(true)
      expect(stored(first.id)).toBe(true)

      // Recovered: a new record and the retries of the refused ones are taken.
      const next = makeRecord()
      expect((await api.post(next)).status).toBe(201)
      for (const record of refused) expect((await api.post(record)).status).toBe(201)
      expect([next, ...refused].every((record) => stored(record.id))).toBe(true)
    } finally {
      if (lock.inTransaction) lock.prepare('ROLLBACK').run()
      lock.close()
      check.close()
      await api.close()
    }
  }, 30_000)
})
