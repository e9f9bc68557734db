// Compares a screenshot with its committed reference image (test/browser/look/NAME.png) with
// pixelmatch. ASSENT_UPDATE_LOOK=1 writes the references instead, so that a deliberate change
// of the look updates them in the same commit. Fonts are the machine's (Chromium on Debian):
// the references hold on the machine that made them, which is the one the tests run on.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

const folder = new URL('./look/', import.meta.url)

/** The share of pixels that differ (0 when the image matches its reference; 1 when there is none). */
export function lookDifference(name: string, shot: Buffer, update = !!process.env.ASSENT_UPDATE_LOOK): { differing: number; size: string } {
  const file = new URL(name + '.png', folder)
  if (update) {
    mkdirSync(folder, { recursive: true })
    writeFileSync(file, shot)
  }
  if (!existsSync(file)) return { differing: 1, size: 'no reference' }
  const actual = PNG.sync.read(shot)
  const expected = PNG.sync.read(readFileSync(file))
  if (actual.width != expected.width || actual.height != expected.height) return { differing: 1, size: `${actual.width}x${actual.height} vs ${expected.width}x${expected.height}` }
  // threshold: how far two colours may be apart per pixel (anti-aliasing noise), 0..1.
  const count = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.1 })
  return { differing: count / (actual.width * actual.height), size: `${actual.width}x${actual.height}` }
}
