// Turns what a phase recorded into report.json's phase entry (SPEC 13): every cookie,
// storage item and request with its service, category and party.
import type { Classifier, Match } from './classify'
import { sameSite } from './globs'
import type { RawPhase } from './phases'
import type { Attribution, AuditCookie, AuditReport, AuditRequest, AuditStorageItem, DetectedService, Finding, PhaseName, PhaseReport } from './types'

const attribution = (match: Match | undefined): Attribution => (match ? { service: match.service, category: match.category } : {})

export interface ClassifiedPhase {
  report: PhaseReport
  /** The match of each cookie, storage item and request, by index. */
  matches: { cookies: (Match | undefined)[]; storage: (Match | undefined)[]; requests: (Match | undefined)[] }
}

export function classifyPhase(raw: RawPhase, classifier: Classifier, siteHost: string): ClassifiedPhase {
  const cookieMatches = raw.cookies.map((cookie) => classifier.cookie(cookie.name))
  const cookies: AuditCookie[] = raw.cookies.map((cookie, i) => ({
    name: cookie.name, domain: cookie.domain, path: cookie.path, expires: cookie.expires, httpOnly: cookie.httpOnly,
    secure: cookie.secure, sameSite: cookie.sameSite, thirdParty: !sameSite(cookie.domain, siteHost),
    ...attribution(cookieMatches[i]), page: cookie.page, setBy: raw.cookieSetters.get(cookie.name)?.script,
  }))
  const storageMatches = raw.storage.map((item) => classifier.storage(item.key))
  const storage: AuditStorageItem[] = raw.storage.map((item, i) => ({
    area: item.area, key: item.key, ...attribution(storageMatches[i]), page: item.page,
    setBy: raw.storageSetters.get(`${item.area}:${item.key}`)?.script,
  }))
  const requestMatches = raw.requests.map((request) => classifier.host(new URL(request.url).hostname))
  const requests: AuditRequest[] = raw.requests.map((request, i) => {
    const host = new URL(request.url).hostname
    return { url: request.url, host, type: request.type, thirdParty: !sameSite(host, siteHost), ...attribution(requestMatches[i]),
      page: request.page, initiator: request.initiator }
  })
  const report: PhaseReport = { pages: raw.pages, banner: raw.banner, cookies, storage, requests, notes: raw.notes, regime: raw.regime }
  if (raw.decidedAt !== undefined) {
    const decided = raw.decidedAt
    const jar = raw.jarAtDecision ?? new Map<string, string>()
    report.setAfterDecision = raw.cookies.filter((cookie) => {
      const before = jar.get(`${cookie.name}|${cookie.domain}|${cookie.path}`)
      return before === undefined || before !== cookie.value || (raw.cookieSetters.get(cookie.name)?.at ?? 0) > decided
    }).map((cookie) => `${cookie.name}|${cookie.domain}|${cookie.path}`)
    report.sentAfterDecision = raw.requests.filter((request) => request.at > decided).map((request) => request.url)
    report.storedAfterDecision = raw.storage.filter((item) => (raw.storageSetters.get(`${item.area}:${item.key}`)?.at ?? 0) > decided)
      .map((item) => `${item.area}:${item.key}`)
  }
  return { report, matches: { cookies: cookieMatches, storage: storageMatches, requests: requestMatches } }
}

/** Every service seen in any phase, declared or not. */
export function detectedServices(phases: Partial<Record<PhaseName, ClassifiedPhase>>): DetectedService[] {
  const byName = new Map<string, DetectedService>()
  for (const [phase, classified] of Object.entries(phases) as [PhaseName, ClassifiedPhase][]) {
    const { matches } = classified
    for (const match of [...matches.cookies, ...matches.storage, ...matches.requests]) {
      if (!match) continue
      const known = byName.get(match.service) ?? { service: match.service, name: match.name, category: match.category, declared: match.declared,
        catalogueId: match.catalogueId, phases: [] }
      if (!known.phases.includes(phase)) known.phases.push(phase)
      byName.set(match.service, known)
    }
  }
  return [...byName.values()]
}

export function buildReport(fields: { url: string; startedAt: string; version: string; phases: Partial<Record<PhaseName, ClassifiedPhase>>;
  services: DetectedService[]; findings: Finding[] }): AuditReport {
  const phases: AuditReport['phases'] = {}
  for (const [name, classified] of Object.entries(fields.phases) as [PhaseName, ClassifiedPhase][]) {
    // The screenshots go to report.html only: report.json stays small enough to diff in CI.
    const { screenshot: _screenshot, ...banner } = classified.report.banner
    phases[name] = { ...classified.report, banner }
  }
  return {
    version: 1, url: fields.url, startedAt: fields.startedAt, finishedAt: new Date().toISOString(),
    tool: { name: 'assent', version: fields.version }, phases, services: fields.services, findings: fields.findings,
  }
}
