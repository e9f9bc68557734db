// Deterministic consent records spread over past days, as the server stores them: for the
// dashboard's tests, its bench and its screenshot. Plain JS so that scripts and tests share it.
// seedRecords({ days, perDay, now, newestAgoMinutes, seed }) -> StoredRecord[] (oldest first).

/** mulberry32: a small seeded generator, so every run seeds the same records. */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function uuid(rand) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16))
  hex[12] = '4'
  hex[16] = '89ab'[Math.floor(rand() * 4)]
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}

const DAY = 86_400_000
const LANGUAGES = ['en', 'en', 'en', 'de', 'de', 'fr', 'es']
const REGIONS = [['DE', 'opt-in'], ['FR', 'opt-in'], ['GB', 'opt-in'], ['US-CA', 'opt-out'], [null, 'opt-in']]

export function seedRecord(rand, receivedAt) {
  const roll = rand()
  const gpc = roll > 0.97
  const action = gpc ? 'reject-all' : roll < 0.55 ? 'accept-all' : roll < 0.75 ? 'reject-all' : roll < 0.95 ? 'custom' : 'withdraw'
  const all = action === 'accept-all'
  const pick = () => (action === 'custom' ? rand() < 0.5 : all)
  const choices = { necessary: true, functional: pick(), analytics: pick(), marketing: pick() }
  const services = { chat: choices.functional, ga4: choices.analytics, hotjar: choices.analytics && rand() < 0.7, ads: choices.marketing }
  const created = new Date(Date.parse(receivedAt) - Math.floor(rand() * 2000))
  const record = {
    id: uuid(rand), subject: uuid(rand),
    policyVersion: Date.parse(receivedAt) < Date.parse('2026-10-01') ? '2026-01' : '2026-10',
    choices, services, action, source: gpc ? 'signal' : action === 'withdraw' ? 'preferences' : 'banner',
    signals: { doNotTrack: rand() < 0.08, globalPrivacyControl: gpc },
    language: LANGUAGES[Math.floor(rand() * LANGUAGES.length)],
    url: 'https://shop.example/products',
    createdAt: created.toISOString(), expiresAt: new Date(created.getTime() + 182 * DAY).toISOString(),
  }
  // Regimes (SPEC 10) came later: about half of the records carry one.
  if (rand() < 0.5) {
    const [region, model] = REGIONS[Math.floor(rand() * REGIONS.length)]
    record.regime = { region, model }
  }
  return { ...record, receivedAt, origin: 'https://shop.example', userAgent: 'Mozilla/5.0 (seed)', ip: '203.0.113.0' }
}

export function seedRecords({ days = 90, perDay = 25, now = Date.now(), newestAgoMinutes = 0, seed = 18 } = {}) {
  const rand = random(seed)
  const newest = now - newestAgoMinutes * 60_000
  const records = []
  for (let d = days - 1; d >= 0; d--) {
    // Busier on some days than others, so the chart has a shape.
    const count = Math.max(1, Math.round(perDay * (0.6 + 0.8 * rand()) * (d % 7 < 2 ? 0.7 : 1)))
    for (let i = 0; i < count; i++) {
      const at = newest - d * DAY - Math.floor(rand() * DAY)
      records.push(seedRecord(rand, new Date(at).toISOString()))
    }
  }
  return records.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : 1))
}
