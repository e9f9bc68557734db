// `assent/react` (SPEC section 14): a provider, hooks and a <Consent> gate for React 18 and 19.
// React is a peer dependency and is imported by this entry only.
export { AssentProvider, type AssentProviderProps, type AssentPlugin } from './provider'
export { useConsent, useGranted } from './hooks'
export { Consent, type ConsentProps, type PlaceholderTexts } from './consent-gate'
