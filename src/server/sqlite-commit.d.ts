// Types of sqlite-commit.js (plain JavaScript, shared with the writer thread).
import type { Database } from 'better-sqlite3'
import type { WriterItem, WriterResult } from './sqlite-writer'

export function configureConnection(db: Database): void
export function prepareCommit(db: Database): (items: WriterItem[]) => WriterResult[]
