// The summary on stdout, to be read in ten seconds: findings by severity, then per phase
// what was set and sent.
import type { AuditReport, PhaseName } from './types'
import { PHASES } from './types'

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length))

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows.map((row) => row.map((cell, column) => pad(cell, widths[column])).join('  ').trimEnd()).join('\n')
}

export function formatSummary(report: AuditReport, out: string): string {
  const lines: string[] = [`assent audit of ${report.url}`, '']
  const { findings } = report
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length
  lines.push(`Findings: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info`)
  if (findings.length > 0) {
    const rows = [['severity', 'code', 'phase', 'what'], ...(['error', 'warning', 'info'] as const).flatMap((severity) =>
      findings.filter((finding) => finding.severity === severity).map((finding) => [severity, finding.code, finding.phase,
        finding.message.length > 110 ? finding.message.slice(0, 107) + '...' : finding.message]))]
    lines.push('', table(rows))
  }
  lines.push('', 'Per phase:')
  const rows = [['phase', 'pages', 'banner', 'cookies', '3rd-party', 'storage', 'requests', '3rd-party hosts']]
  for (const name of PHASES) {
    const phase = report.phases[name as PhaseName]
    if (!phase) continue
    const hosts = [...new Set(phase.requests.filter((request) => request.thirdParty).map((request) => request.host))]
    rows.push([name, String(phase.pages.length), phase.banner.shown ? (phase.banner.clicked ?? 'shown') : 'none',
      phase.cookies.map((cookie) => cookie.name).join(',') || '-', String(phase.cookies.filter((cookie) => cookie.thirdParty).length),
      String(phase.storage.length), String(phase.requests.length), hosts.join(',') || '-'])
  }
  lines.push(table(rows))
  const notes = PHASES.flatMap((name) => (report.phases[name]?.notes ?? []).map((note) => `  ${name}: ${note}`))
  if (notes.length > 0) lines.push('', 'Notes:', ...notes)
  lines.push('', `Report: ${out}/report.json, ${out}/report.html`)
  return lines.join('\n') + '\n'
}
