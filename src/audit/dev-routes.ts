// --dev-route HOSTGLOB=http://127.0.0.1:PORT, for tests and offline demos only: requests to
// matching hosts are answered by that local server (same path and query, the real host in
// x-forwarded-host), its headers passed on, Set-Cookie included, so a cookie lands on the real
// host. The page, and so the report, see the real URL.
import type { BrowserContext } from 'playwright-core'
import { hostMatches } from './globs'

const DROP = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'set-cookie'])

export async function installDevRoutes(context: BrowserContext, routes: { glob: string; target: string }[]): Promise<void> {
  if (routes.length === 0) return
  const targetOf = (host: string) => routes.find((rule) => hostMatches(rule.glob, host))?.target
  await context.route((url) => targetOf(url.hostname) !== undefined, async (route) => {
    const request = route.request()
    const url = new URL(request.url())
    try {
      const response = await fetch(`${targetOf(url.hostname)}${url.pathname}${url.search}`, {
        method: request.method(), redirect: 'manual', body: request.postData() ?? undefined,
        headers: { ...withoutHost(await request.allHeaders()), 'x-forwarded-host': url.hostname },
      })
      const headers: Record<string, string> = {}
      response.headers.forEach((value, name) => void (DROP.has(name) || (headers[name] = value)))
      const cookies = response.headers.getSetCookie()
      if (cookies.length > 0) headers['set-cookie'] = cookies.join('\n')
      await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) })
    } catch {
      await route.abort('connectionrefused').catch(() => {})
    }
  })
}

function withoutHost(headers: Record<string, string>): Record<string, string> {
  const { host: _host, ...rest } = headers
  return rest
}
