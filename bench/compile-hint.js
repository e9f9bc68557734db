// The compile-hint A/B: a copy of dist/assent.js whose first line, Chromium's explicit compile
// hint `//# allFunctionsCalledOnLoad`, no longer is one. The '#' becomes a space, so the file
// keeps its exact bytes and length and only the hint differs; the product's build is unchanged.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const HINT = '//# allFunctionsCalledOnLoad'

/**
 * Writes `outDir/assent.js`. Returns `{ dir }`, or `{ skipped }` with the reason when the
 * build does not start with the hint (nothing to compare).
 */
export async function writeWithoutHint(distDir, outDir) {
  const source = await readFile(join(distDir, 'assent.js'), 'utf8')
  const firstLine = source.slice(0, source.indexOf('\n'))
  if (firstLine.trim() !== HINT) return { skipped: `dist/assent.js does not start with \`${HINT}\` (first line: \`${firstLine.slice(0, 60)}\`)` }
  const disabled = firstLine.replace('//#', '// ') + source.slice(firstLine.length)
  // The A/B compares the hint alone: anything else that differs would make it meaningless.
  if (disabled.length !== source.length || disabled.startsWith(HINT) || disabled.slice(firstLine.length) !== source.slice(firstLine.length)) {
    throw new Error('compile-hint variant: the copy differs from dist/assent.js in more than its hint')
  }
  await mkdir(outDir, { recursive: true })
  await writeFile(join(outDir, 'assent.js'), disabled)
  return { dir: outDir }
}
