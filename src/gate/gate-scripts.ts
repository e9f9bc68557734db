// The live scripts that the gate made from marked-up ones: the site gated those itself, so
// autoblock leaves them alone (a tag is never held twice, nor run twice).
export const gateScripts = new WeakSet<Element>()
