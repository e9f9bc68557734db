// Where a visitor is: the region codes assent understands, the groups they belong to, the
// order in which a `regimes` map is searched, and the guess from the browser's time zone.
// Written for size: it ships in every page's core.

/** ISO 3166-1 alpha-2, optionally '-' and an ISO 3166-2 subdivision ('DE', 'US-CA', 'CA-QC'). */
export const REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/

// The EU 27 (Greece is ISO 'GR'); with Iceland, Liechtenstein and Norway, the EEA.
// Sources: https://european-union.europa.eu/principles-countries-history/eu-countries_en and
// https://www.efta.int/eea (the EEA Agreement's parties).
const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'
const EEA = EU + ' IS LI NO'

/** The groups a `regimes` map may name, smallest first: the smaller one wins ('EU' over 'EEA'). */
export const GROUPS: Record<string, string> = { EU, EEA }

/**
 * The keys of a `regimes` map that apply to `region`, most specific first: the subdivision,
 * the country, each group holding the country (smallest first), then 'default'.
 */
export function regionKeys(region: string | null): string[] {
  const country = region?.slice(0, 2)
  const keys = region ? [region, country!] : []
  for (const group in GROUPS) if (GROUPS[group].includes(country!) && region) keys.push(group)
  return [...new Set(keys), 'default']
}

// IANA time zones of the countries the 'recommended' preset names (and Canada), as
// "country:zone zone ..." with "E/" for "Europe/" and "A/" for "America/". A zone that is
// not listed is an unknown region. Source: the tz database's zone1970.tab and backward
// links, https://data.iana.org/time-zones/tzdb/zone1970.tab
const ZONES =
  'AT:E/Vienna BE:E/Brussels BG:E/Sofia CY:Asia/Nicosia Asia/Famagusta E/Nicosia CZ:E/Prague ' +
  'DE:E/Berlin E/Busingen DK:E/Copenhagen EE:E/Tallinn ES:E/Madrid Atlantic/Canary Africa/Ceuta ' +
  'FI:E/Helsinki E/Mariehamn FR:E/Paris GR:E/Athens HR:E/Zagreb HU:E/Budapest IE:E/Dublin ' +
  'IT:E/Rome LT:E/Vilnius LU:E/Luxembourg LV:E/Riga MT:E/Malta NL:E/Amsterdam PL:E/Warsaw ' +
  'PT:E/Lisbon Atlantic/Madeira Atlantic/Azores RO:E/Bucharest SE:E/Stockholm SI:E/Ljubljana ' +
  'SK:E/Bratislava IS:Atlantic/Reykjavik LI:E/Vaduz NO:E/Oslo GB:E/London E/Belfast CH:E/Zurich ' +
  'US:A/New_York A/Chicago A/Denver A/Los_Angeles A/Phoenix A/Anchorage A/Detroit A/Boise ' +
  'A/Juneau A/Sitka A/Yakutat A/Nome A/Metlakatla A/Adak A/Menominee A/Indianapolis A/Louisville Pacific/Honolulu ' +
  'CA:A/Toronto A/Vancouver A/Edmonton A/Winnipeg A/Halifax A/St_Johns A/Regina A/Moncton A/Montreal ' +
  'BR:A/Sao_Paulo A/Bahia A/Belem A/Fortaleza A/Recife A/Manaus A/Cuiaba A/Campo_Grande A/Porto_Velho ' +
  'A/Rio_Branco A/Boa_Vista A/Araguaina A/Maceio A/Santarem A/Noronha A/Eirunepe'

/** The country of an IANA time zone, or null. US zone families ('America/Indiana/...',
 * 'US/Pacific') count as US. Never a subdivision: a zone can span several. */
export function countryOfZone(zone: string): string | null {
  if (/^(US\/|America\/(Indiana|Kentucky|North_Dakota)\/)/.test(zone)) return 'US'
  let country: string | null = null
  for (const word of ZONES.split(' ')) {
    const [code, listed] = word[2] == ':' ? word.split(':') : [, word]
    if (code) country = code
    if (listed.replace(/^E\//, 'Europe/').replace(/^A\//, 'America/') == zone) return country
  }
  return null
}

/** The visitor's country from the browser's time zone, or null when unknown. */
export function regionFromTimeZone(): string | null {
  try {
    return countryOfZone(Intl.DateTimeFormat().resolvedOptions().timeZone)
  } catch {
    return null
  }
}
