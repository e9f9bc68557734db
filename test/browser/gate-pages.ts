// Pages and helpers for the gate's browser tests: the script-tag bundle with a config, an
// optional CSP nonce on every trusted script, and a log that gated scripts write to.
import type { Page } from 'playwright-core'

export const gateConfig = (gate: object = {}) => ({
  policy: { version: '1' },
  categories: {
    necessary: { required: true },
    analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'], storage: ['ga:*'] }, hotjar: {} } },
    marketing: { services: { youtube: {}, facebook: { cookies: ['_fbp'] } } },
  },
  ui: false,
  gate,
})

/** The bundle in <head> (with `nonce` on it when given), a log that gated scripts push to. */
export function gatePage(body: string, options: { config?: unknown; nonce?: string } = {}): string {
  const nonce = options.nonce ? ` nonce="${options.nonce}"` : ''
  const config = JSON.stringify(options.config ?? gateConfig()).replace(/</g, '\\u003c')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>gate test</title>
<script src="/log.js"${nonce}></script>
<script type="application/json" id="assent-config">${config}</script>
<script src="/dist/assent.js"${nonce}></script></head><body>${body}</body></html>`
}

/** Served as /log.js: what gated scripts ran, in order. */
export const LOG_JS = 'window.log = []'

/** A script body that records `name` in the log when it runs. */
export const logs = (name: string) => `window.log.push(${JSON.stringify(name)})`

export const readLog = (page: Page) => page.evaluate(() => (window as unknown as { log: string[] }).log.slice())

/** Waits until the log holds `count` entries, then returns it. */
export async function logOf(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => (window as unknown as { log: string[] }).log.length >= n, count)
  return readLog(page)
}
