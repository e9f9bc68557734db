// report.html: one self-contained file (inline CSS, screenshots as data: URLs, no script),
// with the findings, then the phases side by side: banner screenshot, cookies, third-party
// hosts. Every text from the site is escaped: a cookie name is data, never markup.
import type { AuditReport, PhaseName, PhaseReport } from './types'
import { PHASES } from './types'

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1a1a1a}h1{font-size:1.4rem}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.error{color:#a00;font-weight:600}.warning{color:#8a5a00;font-weight:600}.info{color:#555}
.phases{display:grid;grid-template-columns:repeat(5,minmax(12rem,1fr));gap:1rem}.phase{border:1px solid #ccc;padding:.5rem;overflow-wrap:anywhere}
.phase img{width:100%;border:1px solid #ddd}.phase ul{padding-left:1.1rem;margin:.25rem 0}small{color:#555}`

function evidence(report: AuditReport['findings'][number]): string {
  return report.evidence.slice(0, 5).map((item) => escape(Object.entries(item).map(([key, value]) => `${key}: ${value}`).join(', '))).join('<br>')
}

function phaseColumn(name: PhaseName, phase: PhaseReport | undefined, screenshot: string | undefined): string {
  if (!phase) return `<div class="phase"><h3>${name}</h3><p>not run</p></div>`
  const hosts = [...new Set(phase.requests.filter((request) => request.thirdParty).map((request) => request.host))]
  const list = (items: string[]) => (items.length ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : '<p><small>none</small></p>')
  return `<div class="phase"><h3>${name}</h3>
<p>Banner: ${phase.banner.shown ? `shown${phase.banner.tool ? ` (${escape(phase.banner.tool)})` : ''}` : 'not found'}${phase.banner.clicked ? `<br>Clicked: ${escape(phase.banner.clicked)}` : ''}</p>
${screenshot ? `<img alt="The first page in phase ${name}" src="data:image/jpeg;base64,${screenshot}">` : ''}
<h4>Cookies (${phase.cookies.length})</h4>${list(phase.cookies.map((cookie) =>
    `${escape(cookie.name)} <small>${escape(cookie.domain)}${cookie.service ? ` · ${escape(cookie.service)} (${escape(cookie.category)})` : ' · unknown'}${cookie.thirdParty ? ' · third party' : ''}</small>`))}
<h4>Storage (${phase.storage.length})</h4>${list(phase.storage.map((item) => `${item.area}: ${escape(item.key)}${item.service ? ` <small>${escape(item.service)}</small>` : ''}`))}
<h4>Third-party hosts (${hosts.length})</h4>${list(hosts.map((host) => escape(host)))}
${phase.sentAfterDecision ? `<p><small>After the ${name === 'reject' ? 'rejection' : 'withdrawal'}: ${escape([...new Set(phase.requests
    .filter((request) => request.thirdParty && phase.sentAfterDecision!.includes(request.url)).map((request) => request.host))].join(', ') || 'none')}</small></p>` : ''}
<h4>Pages</h4>${list(phase.pages.map((page) => escape(page)))}
${phase.notes.length ? `<h4>Notes</h4>${list(phase.notes.map((note) => escape(note)))}` : ''}</div>`
}

export function renderHtml(report: AuditReport, screenshots: Partial<Record<PhaseName, string>>): string {
  const rows = report.findings.map((finding) => `<tr><td class="${finding.severity}">${finding.severity}</td><td>${escape(finding.code)}</td>
<td>${finding.phase}</td><td>${escape(finding.message)}</td><td><small>${evidence(finding)}</small></td></tr>`).join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>assent audit: ${escape(report.url)}</title><style>${STYLE}</style></head><body>
<h1>assent audit of ${escape(report.url)}</h1>
<p><small>${escape(report.startedAt)} to ${escape(report.finishedAt)} · ${escape(report.tool.name)} ${escape(report.tool.version)}</small></p>
<h2>Findings (${report.findings.length})</h2>
${rows ? `<table><thead><tr><th>severity</th><th>code</th><th>phase</th><th>what</th><th>evidence</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>None.</p>'}
<h2>Services found (${report.services.length})</h2>
${report.services.length ? `<table><thead><tr><th>service</th><th>category</th><th>in the config</th><th>phases</th></tr></thead><tbody>${report.services.map((service) =>
    `<tr><td>${escape(service.name)} <small>${escape(service.service)}</small></td><td>${escape(service.category)}</td><td>${service.declared ? 'yes' : 'no'}</td><td>${service.phases.join(', ')}</td></tr>`).join('')}</tbody></table>` : '<p>None.</p>'}
<h2>Phases</h2><div class="phases">${PHASES.map((name) => phaseColumn(name, report.phases[name], screenshots[name])).join('\n')}</div>
</body></html>
`
}
