// Routes the examples' real third-party URLs to the local stand-ins (examples/stand-ins), as
// this machine has no internet. Each stand-in sets the cookies the real one would.
import { readFileSync } from 'node:fs'
import type { BrowserContext } from 'playwright-core'

const dir = new URL('../../examples/stand-ins/', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, dir))
const script = (file: string) => read('cookie-domain.js').toString() + ';\n' + read(file).toString()

export async function routeThirdParties(context: BrowserContext): Promise<void> {
  const js = (body: string) => ({ status: 200, contentType: 'text/javascript', body })
  await context.route('https://www.googletagmanager.com/gtag/js**', (route) => route.fulfill(js(script('gtag.js'))))
  await context.route('https://connect.facebook.net/**', (route) => route.fulfill(js(script('fbevents.js'))))
  await context.route('https://code.tidio.co/**', (route) => route.fulfill(js(script('tidio.js'))))
  await context.route('https://www.youtube-nocookie.com/embed/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: read('youtube-embed.html') }))
  await context.route('https://www.google-analytics.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/gif', body: read('pixel.gif') }))
}

/** What the stand-ins have run on the page so far. */
export function standInsRan(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => ((window as unknown as { __standIns?: string[] }).__standIns ?? []).slice().sort())
}
