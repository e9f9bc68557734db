// Public types of the headless core (SPEC.md section 2).

export interface ServiceConfig {
  /** Cookie name globs that this service sets, e.g. `['_ga', '_ga_*']`. */
  cookies?: string[]
  /** localStorage / sessionStorage key globs that this service writes. */
  storage?: string[]
  // The other fields of a catalogue entry (SPEC 11), so that one can be used as it is.
  /** Host globs it loads from or sends to ('*.google-analytics.com'). */
  hosts?: string[]
  /** Catalogue id, e.g. 'google-analytics'. */
  id?: string
  /** English display name; the UI's default title for the service. */
  name?: string
  vendor?: string
  /** The category the catalogue suggests; informational. */
  category?: string
  /** English, for a visitor; the UI's default description for the service. */
  description?: string
  privacyPolicy?: string
  /** Google Consent Mode types it reads. */
  google?: string[]
  /** An embed (iframe) that wants a placeholder. */
  embed?: boolean
  sources?: string[]
}

/** A service after validation: its globs always set. */
export type ResolvedService = ServiceConfig & Required<Pick<ServiceConfig, 'cookies' | 'storage' | 'hosts'>>

export interface CategoryConfig {
  /** Always granted and cannot be refused (strictly necessary). */
  required?: boolean
  services?: Record<string, ServiceConfig>
}

export interface PolicyConfig {
  /** Changing the version voids every stored decision. */
  version: string
  url?: string
}

export type SameSite = 'Lax' | 'Strict' | 'None'

export interface CookieConfig {
  name?: string
  domain?: string
  path?: string
  sameSite?: SameSite
}

export interface ConsentConfig {
  policy: PolicyConfig
  /** Object order is display order. */
  categories: Record<string, CategoryConfig>
  /** Default 182 (six months); at most 400, the browsers' cap on cookie lifetime. */
  expiresAfterDays?: number
  cookie?: CookieConfig
  honorDoNotTrack?: boolean
  honorGlobalPrivacyControl?: boolean
}

export type ConsentAction = 'accept-all' | 'reject-all' | 'custom' | 'withdraw'
export type ConsentSource = 'banner' | 'preferences' | 'api' | 'signal'
/** Sources a caller may pass; `'signal'` is reserved for assent's own refusals. */
export type UserSource = 'banner' | 'preferences' | 'api'

export interface Signals {
  doNotTrack: boolean
  globalPrivacyControl: boolean
}

export interface ConsentRecord {
  id: string
  subject: string
  policyVersion: string
  choices: Record<string, boolean>
  services: Record<string, boolean>
  action: ConsentAction
  source: ConsentSource
  signals: Signals
  language: string
  url: string
  createdAt: string
  expiresAt: string
}

export interface ConsentEvents {
  change: (record: ConsentRecord | null, previous: ConsentRecord | null) => void
  grant: (name: string) => void
  revoke: (name: string) => void
  /** Emitted by the sync plugin when the server refuses a record for good. */
  'sync-error': (error: { record: ConsentRecord; status: number; body: unknown }) => void
}

/** The configuration after validation, with every default filled in. */
export interface ResolvedConfig {
  policy: PolicyConfig
  categories: Record<string, Required<Pick<CategoryConfig, 'required'>> & { services: Record<string, ResolvedService> }>
  expiresAfterDays: number
  cookie: Required<Omit<CookieConfig, 'domain'>> & { domain?: string }
  honorDoNotTrack: boolean
  honorGlobalPrivacyControl: boolean
}

export interface Consent {
  readonly config: ResolvedConfig
  readonly decided: boolean
  readonly record: ConsentRecord | null
  readonly signals: Signals
  /** True when an honoured browser signal (DNT or GPC) is on. */
  readonly signalHonored: boolean
  /** BCP 47 language stored with the next record; the UI sets it to the language it shows. */
  language: string
  granted(name: string): boolean
  acceptAll(source?: UserSource): ConsentRecord
  rejectAll(source?: UserSource): ConsentRecord
  save(choices: Record<string, boolean>, source?: UserSource): ConsentRecord
  withdraw(source?: UserSource): ConsentRecord
  reset(): void
  when(name: string): Promise<void>
  on<E extends keyof ConsentEvents>(event: E, listener: ConsentEvents[E]): () => void
  /** For plugins (sync) that report through the consent object's events. */
  emit<E extends keyof ConsentEvents>(event: E, ...args: Parameters<ConsentEvents[E]>): void
  /** Category of a service, or undefined when `name` is not a configured service. */
  categoryOf(service: string): string | undefined
  /** Stops listening to other tabs. */
  destroy(): void
}
