import { afterEach, describe, expect, it } from 'vitest'
import { UUID_PATTERN, uuid } from '../../src/core/uuid'
import { stub } from './core-fixtures'

let undo: (() => void) | undefined
afterEach(() => undo?.())

describe('uuid', () => {
  it('uses crypto.randomUUID where it exists', () => {
    undo = stub(crypto, 'randomUUID', () => '00000000-0000-4000-8000-000000000000')
    expect(uuid()).toBe('00000000-0000-4000-8000-000000000000')
  })

  it('falls back to getRandomValues on plain-http pages: version 4, variant 8-b, every digit random', () => {
    undo = stub(crypto, 'randomUUID', undefined)
    const ids = Array.from({ length: 2000 }, uuid)
    for (const id of ids) expect(id).toMatch(UUID_PATTERN)
    expect(new Set(ids).size).toBe(ids.length)
    // Every hex digit shows up at each random position; the version is 4; all four variants appear.
    const digitsAt = (i: number) => [...new Set(ids.map((id) => id[i]))].sort()
    for (const i of [0, 7, 9, 15, 20, 24, 35]) expect(digitsAt(i)).toHaveLength(16)
    expect(digitsAt(14)).toEqual(['4'])
    expect(digitsAt(19)).toEqual(['8', '9', 'a', 'b'])
  })
})
