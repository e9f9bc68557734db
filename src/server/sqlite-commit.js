// @ts-check
// The SQLite write path both writers share: the settings of a connection that writes consent
// records (durable: WAL with synchronous=FULL), and the transaction that commits a batch of
// inserts. Plain JavaScript with no imports of assent's own, so that the writer thread
// (sqlite-writer-thread.js, run by new Worker from src/ or dist/) and the event-loop writer
// (sqlite-inline-writer.ts, bundled) run this same file. Types: sqlite-commit.d.ts.

/**
 * @typedef {import('better-sqlite3').Database} Database
 * @typedef {import('./sqlite-writer').WriterItem} Item
 * @typedef {import('./sqlite-writer').WriterResult} ItemResult
 */

/**
 * The settings of every connection to the consent database; per connection, so each one sets them.
 * @param {Database} db
 */
export function configureConnection(db) {
  db.pragma('journal_mode = WAL')
  // An answered POST survives a crash or power loss: every COMMIT waits for the WAL's fsync.
  db.pragma('synchronous = FULL')
  // Several processes (a purge next to the server) may share the file: wait rather than fail.
  db.pragma('busy_timeout = 5000')
}

/**
 * The batch transaction on a writing connection (the schema exists): each item is inserted
 * unless its subject was erased or its id is stored already, and the dashboard counts of the
 * records it creates are written in the same transaction. BEGIN IMMEDIATE: the erasure check
 * runs inside SQLite's write lock, so an erasure committed before it is seen.
 * @param {Database} db
 * @returns {(items: Item[]) => ItemResult[]}
 */
export function prepareCommit(db) {
  const insert = db.prepare('INSERT INTO consents (id, subject, received_at, action, record, origin, user_agent, ip) VALUES (@id, @subject, @received_at, @action, @record, @origin, @user_agent, @ip) ON CONFLICT (id) DO NOTHING')
  const find = db.prepare('SELECT record, received_at FROM consents WHERE id = ?')
  const wasErased = db.prepare('SELECT 1 FROM erased_subjects WHERE subject_hash = ?')
  const upsertCount = db.prepare(`INSERT INTO consent_counts (day, dimension, key, records, hits) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (day, dimension, key) DO UPDATE SET records = records + excluded.records, hits = hits + excluded.hits`)

  /** @param {Item} item @returns {ItemResult} */
  function insertOne(item) {
    if (wasErased.get(item.subjectHash)) return { status: 'erased' }
    if (insert.run(item.row).changes === 1) return { status: 'created' }
    const existing = /** @type {{ record: string, received_at: string }} */ (find.get(item.row.id))
    return { status: 'exists', record: existing.record, receivedAt: existing.received_at }
  }

  const commit = db.transaction((/** @type {Item[]} */ items) => {
    const results = items.map(insertOne)
    /** @type {Map<string, [string, string, string, number, number]>} */
    const counts = new Map()
    items.forEach((item, i) => {
      if (results[i].status !== 'created') return
      const day = item.row.received_at.slice(0, 10)
      for (const [dimension, key, hit] of item.counts) {
        const id = `${day}\t${dimension}\t${key}`
        const row = counts.get(id)
        if (row) {
          row[3] += 1
          row[4] += hit
        } else counts.set(id, [day, dimension, key, 1, hit])
      }
    })
    for (const row of counts.values()) upsertCount.run(row)
    return results
  })
  return (items) => commit.immediate(items)
}
