// regionFromHeaders (SPEC section 10): the visitor's region from the geo headers of the CDN in
// front of the site, for the site's server to write into assent's config. A header is only as
// good as the proxy that sets it: a client can send any header, so only the sources the site
// names are read, and only a CDN that overwrites them (with the origin reachable only through
// it) makes them true. Headers by source, with where each is documented:
//   cloudflare: CF-IPCountry; CF-Region-Code with the "Add visitor location headers" managed
//     transform. https://developers.cloudflare.com/fundamentals/reference/http-request-headers/
//     and https://developers.cloudflare.com/rules/transform/managed-transforms/reference/
//   vercel: X-Vercel-IP-Country, X-Vercel-IP-Country-Region. https://vercel.com/docs/headers/request-headers
//   cloudfront: CloudFront-Viewer-Country, CloudFront-Viewer-Country-Region (once an origin
//     request policy forwards them). https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/adding-cloudfront-headers.html
//   fastly: Fastly sends no geo header by default; docs/regimes.md gives the VCL that sets
//     Fastly-Geo-Country / Fastly-Geo-Region from client.geo.country_code / client.geo.region.
//     https://www.fastly.com/documentation/reference/vcl/variables/geolocation/client-geo-country-code/
//   netlify: X-NF-Geo, JSON { country: { code }, subdivision: { code } }, read base64-encoded or
//     plain (the shape of
//     the edge context's geo, as the Netlify CLI's geolocation template shows:
//     https://app.unpkg.com/netlify-cli@20.1.1/files/functions-templates/typescript/geolocation/%7B%7Bname%7D%7D.ts
//   x-country: a plain X-Country / X-Region pair set by any proxy the site runs.

export type RegionSource = 'cloudflare' | 'vercel' | 'cloudfront' | 'fastly' | 'netlify' | 'x-country'

export interface RegionFromHeadersOptions {
  /** The sources to read, in order; the first with a country wins. Nothing is trusted by default. */
  trust: RegionSource[]
}

/** A Web `Headers`, or Node's `IncomingHttpHeaders` (lower-case names). */
export type HeadersLike = { get(name: string): string | null } | Record<string, string | string[] | undefined>

const PAIRS: Record<Exclude<RegionSource, 'netlify'>, [string, string]> = {
  cloudflare: ['cf-ipcountry', 'cf-region-code'],
  vercel: ['x-vercel-ip-country', 'x-vercel-ip-country-region'],
  cloudfront: ['cloudfront-viewer-country', 'cloudfront-viewer-country-region'],
  fastly: ['fastly-geo-country', 'fastly-geo-region'],
  'x-country': ['x-country', 'x-region'],
}
const SOURCES = [...Object.keys(PAIRS), 'netlify']
// 'XX' is Cloudflare's unknown, 'T1' its Tor; 'ZZ' the usual unknown elsewhere.
const NOT_A_COUNTRY = ['XX', 'T1', 'ZZ']

/** A header's (first) value as sent. */
function raw(headers: HeadersLike, name: string): string | undefined {
  const value = typeof headers.get == 'function' ? (headers as { get(name: string): string | null }).get(name) : (headers as Record<string, unknown>)[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first == 'string' ? first.trim() : undefined
}

const read = (headers: HeadersLike, name: string) => raw(headers, name)?.toUpperCase()

/** 'US' and 'CA' (or 'US-CA') -> 'US-CA'; a bad subdivision is dropped, a bad country is none. */
function regionOf(country: string | undefined, subdivision: string | undefined): string | null {
  if (!country || !/^[A-Z]{2}$/.test(country) || NOT_A_COUNTRY.includes(country)) return null
  const part = subdivision?.startsWith(country + '-') ? subdivision.slice(3) : subdivision
  return part && /^[A-Z\d]{1,3}$/.test(part) ? `${country}-${part}` : country
}

function netlify(headers: HeadersLike): string | null {
  // Base64 and JSON are case-sensitive: read as sent.
  const value = raw(headers, 'x-nf-geo')
  if (!value) return null
  for (const text of [Buffer.from(value, 'base64').toString('utf8'), value]) {
    try {
      const geo = JSON.parse(text) as { country?: { code?: unknown }; subdivision?: { code?: unknown } }
      const code = (field: unknown) => (typeof field == 'string' ? field.toUpperCase() : undefined)
      return regionOf(code(geo?.country?.code), code(geo?.subdivision?.code))
    } catch {
      // not this encoding
    }
  }
  return null
}

/** The region ('US-CA', 'DE') from the trusted sources' headers, or null when none says. */
export function regionFromHeaders(headers: HeadersLike, options: RegionFromHeadersOptions): string | null {
  const trust = options?.trust
  if (!Array.isArray(trust)) throw new TypeError('regionFromHeaders: options.trust must list the sources to trust, e.g. ["cloudflare"]')
  for (const source of trust) {
    if (!SOURCES.includes(source)) throw new TypeError(`regionFromHeaders: options.trust has an unknown source "${source}"; known: ${SOURCES.join(', ')}`)
    const region = source == 'netlify' ? netlify(headers) : regionOf(read(headers, PAIRS[source][0]), read(headers, PAIRS[source][1]))
    if (region) return region
  }
  return null
}
