// Dashboard sessions as signed cookies: `expires.nonce.mac`, the MAC an HMAC-SHA-256 under a key
// derived from the admin token. No session table, so any number of server processes on one
// database accept each other's sessions, and changing the admin token ends every session.
// Sign-out clears the cookie and revokes its nonce in this process.
const encoder = new TextEncoder()

function base64url(bytes: ArrayBuffer): string {
  let text = ''
  for (const byte of new Uint8Array(bytes)) text += String.fromCharCode(byte)
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export interface Session {
  nonce: string
  expires: number
}

export type SessionCheck = { status: 'valid'; session: Session } | { status: 'expired' } | { status: 'none' }

export interface SessionKeeper {
  create(now?: number): Promise<{ cookieValue: string; session: Session }>
  check(cookieValue: string | undefined, now?: number): Promise<SessionCheck>
  revoke(session: Session): void
  /** The form token of a session: a MAC of its nonce, so a page of another origin cannot know it. */
  csrfToken(session: Session): Promise<string>
}

/** Compares two secrets as digests in constant time: neither length nor content leaks. */
export async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([a, b].map(async (s) => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(s)))))
  let difference = 0
  for (let i = 0; i < x.length; i++) difference |= x[i] ^ y[i]
  return difference === 0
}

export function sessionKeeper(adminToken: string, lifetimeMs: number): SessionKeeper {
  const key = crypto.subtle.digest('SHA-256', encoder.encode(`assent-dashboard-session\u0000${adminToken}`))
    .then((raw) => crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']))
  const mac = async (text: string) => base64url(await crypto.subtle.sign('HMAC', await key, encoder.encode(text)))
  // Revoked nonces, until their cookie would have expired anyway.
  const revoked = new Map<string, number>()

  return {
    async create(now = Date.now()) {
      const nonce = base64url(crypto.getRandomValues(new Uint8Array(18)).buffer)
      const expires = now + lifetimeMs
      return { cookieValue: `${expires}.${nonce}.${await mac(`session.${expires}.${nonce}`)}`, session: { nonce, expires } }
    },
    async check(cookieValue, now = Date.now()) {
      const match = /^(\d{13,16})\.([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{43})$/.exec(cookieValue ?? '')
      if (!match) return { status: 'none' }
      const [, expiresText, nonce, given] = match
      if (!(await sameSecret(given, await mac(`session.${expiresText}.${nonce}`)))) return { status: 'none' }
      const expires = Number(expiresText)
      if (expires <= now) return { status: 'expired' }
      if (revoked.has(nonce)) return { status: 'none' }
      return { status: 'valid', session: { nonce, expires } }
    },
    revoke(session) {
      const now = Date.now()
      for (const [nonce, expires] of revoked) if (expires <= now) revoked.delete(nonce)
      revoked.set(session.nonce, session.expires)
    },
    csrfToken: (session) => mac(`csrf.${session.nonce}`),
  }
}

