// Markdown tables for the terminal and for docs/bench.md.

const table = (header, rows) => [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n')

const bytes = (n) => n.toLocaleString('en-US')
const ms = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1))
// null: a figure the row has not (the page without a consent tool has no banner to accept).
const spread = (s, format = ms) => (s ? `${format(s.median)} (${format(s.min)}–${format(s.max)})` : 'n/a')
const ratio = (peer, base) => (base > 0 ? `${(peer / base).toFixed(1)}×` : 'n/a')

export function sizeTable(sizes) {
  const assent = sizes.find((s) => s.id === 'assent')
  return table(
    ['tool', 'version', 'files (JS + CSS)', 'minified B', 'gzip B', 'brotli B', 'brotli vs assent'],
    sizes.map((s) => [s.label, s.version, s.files.map((f) => f.file).join(', '), bytes(s.min), bytes(s.gzip), bytes(s.brotli),
      s.id.startsWith('assent') ? '' : ratio(s.brotli, assent.brotli)]),
  )
}

export function runtimeTable(results) {
  return table(
    ['tool', 'files arrived ms', 'banner visible ms', 'FCP ms', 'LCP ms', 'script ms', 'long tasks', 'long task ms', 'CLS', 'JS heap KB', 'accept → gated ran ms', 'return visit → gated ran ms'],
    results.map(({ label, summary: s }) => [label, spread(s.filesAtMs), spread(s.bannerMs), spread(s.fcpMs), spread(s.lcpMs), spread(s.scriptMs), spread(s.longTasks, String), spread(s.longTaskMs),
      spread(s.cls, (n) => n.toFixed(3)), spread(s.heapKB, (n) => n.toFixed(0)), spread(s.acceptMs), spread(s.returnMs)]),
  )
}

/** Each peer's median divided by assent's: above 1× means assent is smaller or faster. */
export function ratioTable(sizes, runtime) {
  const assentSize = sizes.find((s) => s.id === 'assent')
  const base = (throttle) => runtime[throttle]?.find((r) => r.id === 'assent')?.summary
  const peers = sizes.filter((s) => !s.id.startsWith('assent')).map((s) => s.id).filter((id) => runtime[1]?.some((r) => r.id === id) || runtime[4]?.some((r) => r.id === id))
  const cell = (throttle, id, metric) => {
    const peer = runtime[throttle]?.find((r) => r.id === id)?.summary
    return peer && base(throttle) ? ratio(peer[metric].median, base(throttle)[metric].median) : 'n/a'
  }
  return table(
    ['peer / assent', 'brotli B', 'banner (1×)', 'banner (4×)', 'script (1×)', 'script (4×)', 'accept (4×)', 'return (4×)'],
    peers.map((id) => [
      sizes.find((s) => s.id === id).label,
      ratio(sizes.find((s) => s.id === id).brotli, assentSize.brotli),
      cell(1, id, 'bannerMs'), cell(4, id, 'bannerMs'), cell(1, id, 'scriptMs'), cell(4, id, 'scriptMs'),
      cell(4, id, 'acceptMs'), cell(4, id, 'returnMs'),
    ]),
  )
}

const delta = (a, b) => `${a - b >= 0 ? '+' : '−'}${ms(Math.abs(a - b))}`
const medianOf = (rows, id, metric) => rows?.find((r) => r.id === id)?.summary[metric]?.median

/**
 * Each tool against the same page with no consent tool (its two scripts not gated): FCP and
 * script time as a difference in ms, LCP and the return visit as a ratio (1.00× = no cost).
 */
export function referenceTable(runtime) {
  const rates = Object.keys(runtime)
  const ids = runtime[rates[0]].filter((r) => !r.reference).map((r) => [r.id, r.label])
  const cell = (rate, id, metric, format) => {
    const tool = medianOf(runtime[rate], id, metric)
    const none = medianOf(runtime[rate], 'none', metric)
    return tool === undefined || none === undefined ? 'n/a' : format(tool, none)
  }
  const times = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a')
  const header = ['tool / no tool']
  for (const rate of rates) header.push(`FCP Δ ms (${rate}×)`, `LCP (${rate}×)`, `script Δ ms (${rate}×)`, `return → gated ran (${rate}×)`)
  return table(header, ids.map(([id, label]) => [label, ...rates.flatMap((rate) => [
    cell(rate, id, 'fcpMs', delta), cell(rate, id, 'lcpMs', times), cell(rate, id, 'scriptMs', delta), cell(rate, id, 'returnMs', times)])]))
}

/** Return visit: bytes fetched and compiled before the gated scripts ran, beside all the tool's files. */
export function criticalPathTable(rows) {
  return table(
    ['tool', 'files before gated ran', 'bytes parsed B', 'brotli B', 'from HTTP cache', 'all files of the tool', 'all B', 'all brotli B'],
    rows.map((r) => [r.label, r.criticalFiles || '(none)', r.criticalB ? bytes(r.criticalB.median) : 'n/a', r.criticalBrotliB ? bytes(r.criticalBrotliB.median) : 'n/a',
      `${r.fromCacheRuns} of ${r.runs} runs`, r.allFiles || '(none)', bytes(r.allB), bytes(r.allBrotliB)]),
  )
}

const AB_METRICS = [['filesAtMs', 'files arrived ms'], ['bannerMs', 'banner visible ms'], ['fcpMs', 'FCP ms'], ['lcpMs', 'LCP ms'], ['scriptMs', 'script ms'], ['longTaskMs', 'long task ms'],
  ['heapKB', 'JS heap KB'], ['acceptMs', 'accept → gated ran ms'], ['returnMs', 'return visit → gated ran ms'], ['thirdMs', 'third visit → gated ran ms']]

/**
 * assent's build (A) against another build of it (B, the row `id`), per metric and CPU rate,
 * from the same interleaved runs; with the no-tool reference beside them where it was run.
 */
export function abTable(runtime, id) {
  const rates = Object.keys(runtime)
  if (!rates.every((rate) => runtime[rate].some((r) => r.id === 'assent') && runtime[rate].some((r) => r.id === id))) return null
  const of = (rate, rowId, metric) => runtime[rate].find((r) => r.id === rowId)?.summary[metric]
  // The third visit is measured only with BENCH_THIRD_VISIT=1.
  const metrics = AB_METRICS.filter(([metric]) => rates.some((rate) => of(rate, 'assent', metric)))
  const header = ['metric']
  for (const rate of rates) header.push(`no tool (${rate}×)`, `assent (${rate}×)`, `${id} (${rate}×)`, `${id} / assent (${rate}×)`)
  return table(header, metrics.map(([metric, label]) => [label, ...rates.flatMap((rate) => {
    const a = of(rate, 'assent', metric)
    const b = of(rate, id, metric)
    return [spread(of(rate, 'none', metric)), spread(a), spread(b), a && b && a.median > 0 ? `${(b.median / a.median).toFixed(2)}×` : 'n/a']
  })]))
}

/** assent with its compile hint against the same build without it, per metric and CPU rate. */
export function hintTable(runtime) {
  const rates = Object.keys(runtime)
  if (!rates.every((rate) => runtime[rate].some((r) => r.id === 'assent') && runtime[rate].some((r) => r.id === 'assent-nohint'))) return null
  const metrics = AB_METRICS
    // The third visit is measured only with BENCH_THIRD_VISIT=1.
    .filter(([metric]) => rates.some((rate) => runtime[rate].find((r) => r.id === 'assent').summary[metric]))
  const header = ['metric']
  for (const rate of rates) header.push(`with hint (${rate}×)`, `without (${rate}×)`, `with / without (${rate}×)`)
  return table(header, metrics.map(([metric, label]) => [label, ...rates.flatMap((rate) => {
    const withHint = runtime[rate].find((r) => r.id === 'assent').summary[metric]
    const without = runtime[rate].find((r) => r.id === 'assent-nohint').summary[metric]
    return [spread(withHint), spread(without), withHint && without && without.median > 0 ? `${(withHint.median / without.median).toFixed(2)}×` : 'n/a']
  })]))
}
