// Trusted Types: with `require-trusted-types-for 'script'`, `script.src` and `script.text`
// take only trusted values. Gated scripts come from the site's own markup (already in its
// document), so the `assent` policy passes them through. Created lazily, once per page: a second
// createPolicy('assent') would fail without 'allow-duplicates'.
interface Policy {
  createScript(text: string): string
  createScriptURL(url: string): string
}

/** The policy; 0 when the page has no Trusted Types or its `trusted-types` directive does not
 * list assent (then strings are all we can pass). */
let policy: Policy | 0 | undefined

/** `value` as a trusted script or script URL when the page has Trusted Types, else as is. */
export function trusted(kind: keyof Policy, value: string): string {
  if (policy === undefined) {
    try {
      policy = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes.createPolicy('assent', { createScript: String, createScriptURL: String })
    } catch {
      policy = 0
    }
  }
  return policy ? policy[kind](value) : value
}
