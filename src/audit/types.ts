// The shapes of an audit (SPEC.md section 13): what report.json holds, and what the phases
// hand to the classifier and the findings.
import type { ServiceCategory } from '../services/types'

export type PhaseName = 'first-visit' | 'reject' | 'accept' | 'gpc' | 'withdraw'
export const PHASES: PhaseName[] = ['first-visit', 'reject', 'accept', 'gpc', 'withdraw']

export type Severity = 'error' | 'warning' | 'info'

/** What a cookie, storage item or request was found to belong to. */
export interface Attribution {
  /** A catalogue id, or the name the site's config gives the service. */
  service?: string
  category?: ServiceCategory | string
}

export interface AuditCookie extends Attribution {
  name: string
  domain: string
  path: string
  /** Unix seconds; -1 for a session cookie. */
  expires: number
  httpOnly: boolean
  secure: boolean
  sameSite: string
  thirdParty: boolean
  /** The page on which it was first seen. */
  page?: string
  /** The script (or the response) that set it, where the browser could say. */
  setBy?: string
}

export interface AuditStorageItem extends Attribution {
  area: 'local' | 'session'
  key: string
  page?: string
  setBy?: string
}

export interface AuditRequest extends Attribution {
  url: string
  host: string
  /** Playwright's resource type: script, image, xhr, fetch, document, ... */
  type: string
  thirdParty: boolean
  page?: string
  /** The script that made the request, where the browser could say. */
  initiator?: string
}

export interface Banner {
  shown: boolean
  /** 'assent' or the name of autoconsent's rule for the tool found. */
  tool?: string
  /** Whether a reject button stands on the first layer (known for assent's hooks only). */
  rejectOnFirstLayer?: boolean
  /** What the audit clicked, e.g. 'reject-all', 'preferences > reject-all', 'optOut'. */
  clicked?: string
  /** The screenshot of the first page, JPEG, base64 (report.html only). */
  screenshot?: string
}

export interface PhaseReport {
  pages: string[]
  banner: Banner
  cookies: AuditCookie[]
  storage: AuditStorageItem[]
  requests: AuditRequest[]
  /** Things the audit could not do in this phase, in words. */
  notes: string[]
  /** The consent regime model the page reported (assent only). */
  regime?: string
  /** Cookies ('name|domain|path') that were set or changed after the decision (reject, withdraw). */
  setAfterDecision?: string[]
  /** Request URLs made after the decision (reject, withdraw). */
  sentAfterDecision?: string[]
  /** Storage keys ('local:key') written after the decision. */
  storedAfterDecision?: string[]
}

export interface DetectedService {
  service: string
  name: string
  category: string
  /** true when the site's config names it. */
  declared: boolean
  /** The catalogue id, when the catalogue knows it. */
  catalogueId?: string
  phases: PhaseName[]
}

export interface Evidence {
  page?: string
  cookie?: string
  storage?: string
  request?: string
  host?: string
  script?: string
  service?: string
}

export interface Finding {
  code: string
  severity: Severity
  phase: PhaseName
  message: string
  evidence: Evidence[]
}

export interface AuditReport {
  version: 1
  url: string
  startedAt: string
  finishedAt: string
  tool: { name: string; version: string }
  phases: Partial<Record<PhaseName, PhaseReport>>
  services: DetectedService[]
  findings: Finding[]
}
