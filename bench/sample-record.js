// One consent record as the SDK posts it, with a new id and subject each call: what the server
// benches (load-consents.mjs over HTTP, store-alone.mjs straight into the store) insert.
export function sampleRecord(now = new Date()) {
  return {
    id: crypto.randomUUID(), subject: crypto.randomUUID(), policyVersion: '2025-01-08',
    choices: { necessary: true, functional: false, analytics: true, marketing: false },
    services: { tidio: false, ga4: true, hotjar: true },
    action: 'custom', source: 'banner', signals: { doNotTrack: false, globalPrivacyControl: false },
    language: 'en', url: 'https://example.com/shop',
    createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + 182 * 86_400_000).toISOString(),
  }
}
