// Bearer-token check for the admin routes, compared in constant time (over digests, so the
// length of the secret does not leak either).
async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}

export async function hasAdminToken(authorization: string | null, token: string | undefined): Promise<boolean> {
  if (!token) return false
  const header = authorization ?? ''
  const match = /^Bearer (.+)$/.exec(header)
  const [given, expected] = await Promise.all([digest(match ? match[1] : ''), digest(token)])
  let difference = match ? 0 : 1
  for (let i = 0; i < expected.length; i++) difference |= given[i] ^ expected[i]
  return difference === 0
}
