// Sources cited by many entries. The Open Cookie Database (Apache-2.0) lists cookies per
// platform with name, domain, purpose and the vendor's privacy page.
export const OPEN_COOKIE_DATABASE = 'https://github.com/jkwakman/Open-Cookie-Database/blob/master/open-cookie-database.csv'
/** Google's list of the cookies its advertising and measurement products set. */
export const GOOGLE_COOKIES = 'https://business.safety.google/adscookies/'
/** Google's page on the cookies its tags set, which links the full cookie reference above. */
export const GOOGLE_TAG_COOKIES = 'https://developers.google.com/tag-platform/security/concepts/cookies'
/** Google's Content Security Policy guide: the hosts each Google tag loads from and sends to. */
export const GOOGLE_CSP = 'https://developers.google.com/tag-platform/security/guides/csp'
/** Google's consent mode reference: which consent types each product reads. */
export const GOOGLE_CONSENT_MODE = 'https://developers.google.com/tag-platform/security/guides/consent'
export const GOOGLE_PRIVACY = 'https://policies.google.com/privacy'
