// Markdown tables for the terminal and for docs/bench.md.

const table = (header, rows) => [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n')

const bytes = (n) => n.toLocaleString('en-US')
const ms = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1))
const spread = ({ median, min, max }, format = ms) => `${format(median)} (${format(min)}–${format(max)})`
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
    ['tool', 'banner visible ms', 'script ms', 'long tasks', 'long task ms', 'CLS', 'JS heap KB', 'accept → gated ran ms', 'return visit → gated ran ms'],
    results.map(({ label, summary: s }) => [label, spread(s.bannerMs), spread(s.scriptMs), spread(s.longTasks, String), spread(s.longTaskMs),
      spread(s.cls, (n) => n.toFixed(3)), spread(s.heapKB, (n) => n.toFixed(0)), spread(s.acceptMs), spread(s.returnMs)]),
  )
}

/** Each peer's median divided by assent's: above 1× means assent is smaller or faster. */
export function ratioTable(sizes, runtime) {
  const assentSize = sizes.find((s) => s.id === 'assent')
  const base = (throttle) => runtime[throttle]?.find((r) => r.id === 'assent')?.summary
  const peers = sizes.filter((s) => !s.id.startsWith('assent')).map((s) => s.id)
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
