// `assent`: the headless core. Safe to import in Node (nothing touches the DOM at import).
export { createConsent } from './core/create-consent'
export { AssentConfigError } from './core/config-error'
export type {
  CategoryConfig, Consent, ConsentAction, ConsentConfig, ConsentEvents, ConsentRecord, ConsentSource,
  CookieConfig, PolicyConfig, ResolvedConfig, SameSite, ServiceConfig, Signals, UserSource,
} from './core/types'
export type { ResolvedService } from './core/types'
