// What a returning visitor (consent stored) fetches and compiles before the gated scripts run:
// the tool's files whose fetch started before both gated scripts had run (resource timing, read
// in the page), beside all the files the tool ships. Bytes are those the bench serves (what the
// browser parses and compiles) and their brotli size (what a CDN sends when the cache is cold).
import { sizeOfServedFile } from './measure-size.js'
import { summarize } from './stats.js'

/**
 * @param {object[]} tools from tools.js, the ones measured
 * @param {object[]} rows the runtime rows of one CPU rate (run-bench.js), with their runs
 */
export async function criticalPath(tools, rows) {
  const result = []
  for (const row of rows) {
    const tool = tools.find((t) => t.id === row.id)
    if (!tool) continue
    const sizes = new Map()
    const sizeOf = async (file) => {
      if (!sizes.has(file)) {
        const fallback = tool.fallbackDir ? () => sizeOfServedFile(tool.fallbackDir(), file) : () => Promise.reject(new Error('no fallback'))
        sizes.set(file, await sizeOfServedFile(tool.dir(), file).catch(fallback).catch(() => ({ min: 0, brotli: 0 })))
      }
      return sizes.get(file)
    }
    const perRun = []
    for (const run of row.runs) {
      const critical = run.returnVisit.files.filter((f) => f.critical)
      let bytes = 0
      let brotli = 0
      for (const f of critical) {
        bytes += f.decodedB
        brotli += (await sizeOf(f.file)).brotli
      }
      perRun.push({ files: critical.map((f) => f.file).sort().join(', '), bytes, brotli, fromCache: critical.every((f) => f.transferB === 0) })
    }
    let allBytes = 0
    let allBrotli = 0
    for (const file of tool.files) {
      const size = await sizeOf(file)
      allBytes += size.min
      allBrotli += size.brotli
    }
    const counts = new Map()
    for (const { files } of perRun) counts.set(files, (counts.get(files) ?? 0) + 1)
    result.push({
      id: row.id,
      label: row.label,
      criticalFiles: [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
      criticalB: perRun.length ? summarize(perRun.map((r) => r.bytes)) : null,
      criticalBrotliB: perRun.length ? summarize(perRun.map((r) => r.brotli)) : null,
      fromCacheRuns: perRun.filter((r) => r.fromCache).length,
      runs: perRun.length,
      allFiles: tool.files.join(', '),
      allB: allBytes,
      allBrotliB: allBrotli,
    })
  }
  return result
}
