// Where a visitor is: the region codes assent understands, the groups they belong to, the
// order in which a `regimes` map is searched, and the guess from the browser's time zone.
// Written for size: it ships in every page's core.

/** ISO 3166-1 alpha-2, optionally '-' and an ISO 3166-2 subdivision ('DE', 'US-CA', 'CA-QC'). */
export const REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/

// The EU 27 (Greece is ISO 'GR'); with Iceland, Liechtenstein and Norway, the EEA. Written
// as pairs of letters, for size. Sources: https://european-union.europa.eu/principles-countries-history/eu-countries_en
// and https://www.efta.int/eea (the EEA Agreement's parties).
const EU = 'ATBEBGCYCZDEDKEEESFIFRGRHRHUIEITLTLULVMTNLPLPTROSESISK'

/** The groups a `regimes` map may name, smallest first: the smaller one wins ('EU' over 'EEA'). */
export const GROUPS: Record<string, string[]> = { EU: EU.match(/../g)!, EEA: (EU + 'ISLINO').match(/../g)! }

/**
 * The keys of a `regimes` map that apply to `region`, most specific first: the subdivision,
 * the country, each group holding the country (smallest first), then 'default'. (An unknown
 * region's null and undefined match no key.)
 */
export const regionKeys = (region: string | null) => {
  const country = region?.slice(0, 2)
  return [region, country, ...Object.keys(GROUPS).filter((group) => GROUPS[group].includes(country!)), 'default'] as string[]
}

/**
 * The country, among `countries`, whose time zones include the browser's, or null. The
 * browser knows each country's zones (Intl.Locale's time zones, from CLDR): no table ships.
 * Never a subdivision (a zone can span several). Browsers without that API (Firefox, as of
 * 2026) give null, an unknown region.
 */
export function regionFromTimeZone(countries: string[]): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    type Zoned = Intl.Locale & { getTimeZones?(): string[]; timeZones?: string[] }
    return countries.find((country) => {
      const locale = new Intl.Locale('und-' + country) as Zoned
      return (locale.getTimeZones?.() ?? locale.timeZones)?.includes(zone)
    }) ?? null
  } catch {
    return null
  }
}
