// The findings of SPEC 13, each with its evidence: the cookie, storage key or request, the
// page, and the script that set or sent it where the browser said.
import type { Match } from './classify'
import type { ClassifiedPhase } from './report-json'
import type { SiteConfig } from './site-config'
import type { Evidence, Finding, PhaseName } from './types'

const MAX_EVIDENCE = 20

type Phases = Partial<Record<PhaseName, ClassifiedPhase>>

interface Hit { match: Match; evidence: Evidence }

/** What of a phase belongs to a service that needs consent; `only` narrows to what came after
 * the decision. */
function tracking(classified: ClassifiedPhase, only?: 'after-decision'): Hit[] {
  const { report, matches } = classified
  const hits: Hit[] = []
  const after = only === 'after-decision'
  report.cookies.forEach((cookie, i) => {
    const match = matches.cookies[i]
    if (match?.needsConsent && (!after || report.setAfterDecision?.includes(`${cookie.name}|${cookie.domain}|${cookie.path}`))) {
      hits.push({ match, evidence: { cookie: cookie.name, host: cookie.domain, page: cookie.page, script: cookie.setBy, service: match.service } })
    }
  })
  report.storage.forEach((item, i) => {
    const match = matches.storage[i]
    if (match?.needsConsent && (!after || report.storedAfterDecision?.includes(`${item.area}:${item.key}`))) {
      hits.push({ match, evidence: { storage: `${item.area}Storage ${item.key}`, page: item.page, script: item.setBy, service: match.service } })
    }
  })
  report.requests.forEach((request, i) => {
    const match = matches.requests[i]
    if (match?.needsConsent && (!after || report.sentAfterDecision?.includes(request.url))) {
      hits.push({ match, evidence: { request: request.url, host: request.host, page: request.page, script: request.initiator, service: match.service } })
    }
  })
  return hits
}

const WHEN: Record<string, string> = {
  'tracking-before-consent': 'before the visitor chose anything',
  'tracking-after-reject': 'after the visitor rejected all',
  'gpc-not-honored': 'with Global Privacy Control on',
}

/** One finding per service: what it set and sent, in one sentence. */
function perService(code: string, phase: PhaseName, hits: Hit[], when: string): Finding[] {
  const byService = new Map<string, Hit[]>()
  for (const hit of hits) byService.set(hit.match.service, [...(byService.get(hit.match.service) ?? []), hit])
  return [...byService.values()].map((group) => {
    const { match } = group[0]
    const cookies = [...new Set(group.flatMap((hit) => (hit.evidence.cookie ? [hit.evidence.cookie] : [])))]
    const storage = [...new Set(group.flatMap((hit) => (hit.evidence.storage ? [hit.evidence.storage] : [])))]
    const requests = group.filter((hit) => hit.evidence.request)
    const hosts = [...new Set(requests.map((hit) => hit.evidence.host))]
    const what = [
      cookies.length > 0 && `set ${cookies.length === 1 ? 'cookie' : 'cookies'} ${cookies.join(', ')}`,
      storage.length > 0 && `stored ${storage.join(', ')}`,
      requests.length > 0 && `sent ${requests.length} ${requests.length === 1 ? 'request' : 'requests'} to ${hosts.join(', ')}`,
    ].filter(Boolean).join(', ')
    return { code, severity: 'error' as const, phase, message: `${match.name} (${match.category}) ${what} ${when}`,
      evidence: group.slice(0, MAX_EVIDENCE).map((hit) => hit.evidence) }
  })
}

export function computeFindings(phases: Phases, config: SiteConfig | null): Finding[] {
  const findings: Finding[] = []
  const first = phases['first-visit']
  const regime = first?.report.regime
  // 1. What ran without consent.
  if (first && regime !== 'opt-out' && regime !== 'none') {
    findings.push(...perService('tracking-before-consent', 'first-visit', tracking(first), WHEN['tracking-before-consent']))
  }
  const reject = phases.reject
  if (reject?.report.banner.clicked) {
    findings.push(...perService('tracking-after-reject', 'reject', tracking(reject, 'after-decision'), WHEN['tracking-after-reject']))
  }
  if (phases.gpc) findings.push(...perService('gpc-not-honored', 'gpc', tracking(phases.gpc), WHEN['gpc-not-honored']))
  const withdraw = phases.withdraw
  if (withdraw?.report.setAfterDecision) {
    const after = tracking(withdraw, 'after-decision')
    findings.push(...perService('tracking-after-reject', 'withdraw', after, 'after the visitor withdrew consent'))
    // Left behind: stored before the withdrawal and still there; a third-party cookie is out
    // of the site's reach, so it is not counted.
    const key = (hit: Hit) => `${hit.evidence.cookie ?? hit.evidence.storage}|${hit.evidence.host ?? ''}`
    const active = new Set(after.map(key))
    const left = tracking(withdraw).filter((hit) => (hit.evidence.cookie || hit.evidence.storage) && !active.has(key(hit)) &&
      !withdraw.report.cookies.some((cookie) => cookie.name === hit.evidence.cookie && cookie.domain === hit.evidence.host && cookie.thirdParty))
    for (const finding of perService('not-removed-on-withdraw', 'withdraw', left, 'and kept it after the visitor withdrew consent')) {
      findings.push({ ...finding, severity: 'warning' })
    }
  }
  // 2. The banner.
  if (first && regime !== 'none') {
    const banner = first.report.banner
    if (!banner.shown) {
      const needed = (config?.categories.some((category) => !category.required) ?? false) ||
        Object.values(phases).some((phase) => phase && tracking(phase).length > 0)
      findings.push({ code: 'no-banner', severity: needed ? 'error' : 'info', phase: 'first-visit',
        message: needed ? 'No consent banner appeared on the first visit, though the site has purposes that need consent'
          : 'No consent banner appeared on the first visit (and nothing that needs consent was seen)',
        evidence: [{ page: first.report.pages[0] }] })
    } else if (banner.rejectOnFirstLayer === false) {
      findings.push({ code: 'no-reject-on-first-layer', severity: 'error', phase: 'first-visit',
        message: 'The banner offers no "reject all" on its first layer: refusing takes more clicks than accepting',
        evidence: [{ page: first.report.pages[0] }] })
    }
  }
  // 3. What the config does not know.
  const seen = new Set<string>()
  for (const [phase, classified] of Object.entries(phases) as [PhaseName, ClassifiedPhase][]) {
    const { report, matches } = classified
    if (config) {
      for (const match of [...matches.cookies, ...matches.storage, ...matches.requests]) {
        if (!match || match.declared || !match.needsConsent || seen.has(`service:${match.service}`)) continue
        seen.add(`service:${match.service}`)
        const evidence = [
          ...report.cookies.filter((_, i) => matches.cookies[i]?.service === match.service).map((cookie) => ({ cookie: cookie.name, page: cookie.page, script: cookie.setBy, service: match.service })),
          ...report.requests.filter((_, i) => matches.requests[i]?.service === match.service).map((request) => ({ request: request.url, page: request.page, script: request.initiator, service: match.service })),
        ].slice(0, MAX_EVIDENCE)
        findings.push({ code: 'undeclared-service', severity: 'warning', phase, evidence,
          message: `${match.name} (${match.catalogueId}, ${match.category}) is on the site but the config does not name it` })
      }
    }
    report.cookies.forEach((cookie, i) => {
      if (matches.cookies[i] || seen.has(`cookie:${cookie.name}`)) return
      seen.add(`cookie:${cookie.name}`)
      findings.push({ code: 'unknown-cookie', severity: 'info', phase, message: `Cookie ${cookie.name} (${cookie.domain}) is known to neither the config nor the catalogue`,
        evidence: [{ cookie: cookie.name, host: cookie.domain, page: cookie.page, script: cookie.setBy }] })
    })
    report.requests.forEach((request, i) => {
      if (!request.thirdParty || matches.requests[i] || seen.has(`host:${request.host}`)) return
      seen.add(`host:${request.host}`)
      findings.push({ code: 'unknown-third-party', severity: 'info', phase, message: `Requests to ${request.host} belong to no service the config or the catalogue knows`,
        evidence: [{ request: request.url, host: request.host, page: request.page, script: request.initiator }] })
    })
  }
  return findings
}

export const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const

/** Whether a finding reaches --fail-on. */
export function failsOn(findings: Finding[], level: 'error' | 'warning' | 'info' | 'never'): boolean {
  return level !== 'never' && findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[level])
}
