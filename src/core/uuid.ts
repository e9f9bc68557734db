// UUID v4. crypto.randomUUID exists only in secure contexts, so plain-http pages fall back
// to getRandomValues: each 0, 1 or 8 of the template becomes a random hex digit, keeping the
// version (4) and the variant (8 to b).
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

export const uuid = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16))
