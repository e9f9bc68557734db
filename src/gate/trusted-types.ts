// Trusted Types: with `require-trusted-types-for 'script'`, `script.src` and `script.text`
// take only trusted values. Gated scripts come from the site's own markup (already in its
// document), so the `assent` policy passes them through. Created lazily, once per page: a second
// createPolicy('assent') would fail without 'allow-duplicates'.
interface Policy {
  createScript(text: string): string
  createScriptURL(url: string): string
}
type Kind = keyof Policy

let policy: Policy | null | undefined

/** `value` as a trusted script or script URL when the page has Trusted Types, else as is. */
export function trusted(kind: Kind, value: string): string {
  if (policy === undefined) {
    try {
      const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes
      policy = factory ? factory.createPolicy('assent', { createScript: (s) => s, createScriptURL: (s) => s }) : null
    } catch {
      // The page's `trusted-types` directive does not list assent: strings are all we can pass.
      policy = null
    }
  }
  return policy ? policy[kind](value) : value
}
