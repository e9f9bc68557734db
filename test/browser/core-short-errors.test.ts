// The npm builds without a bundler, in real Chromium: dist/index.js (package.json's `import`,
// what a page importing the file directly gets) and dist/production/index.js (the "production"
// condition a bundler picks for a production build). Neither reads `process`; both name the
// bad field; only the default explains it. The same for the script tag: the served
// dist/assent.js names the field and points to dist/assent.debug.js, which explains.
import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, startServer, type TestBrowser, type TestServer } from './harness'

const DIST = new URL(`../../${process.env.ASSENT_DIST || 'dist'}/`, import.meta.url)

/** A page that imports `module` unbundled and reports what createConsent throws for a bad config. */
const page = (module: string) => `<!doctype html><title>errors</title><script type="module">
  import { createConsent, AssentConfigError } from '${module}'
  const attempts = [
    { policy: { version: '1' }, categories: { analytics: {} }, regimes: { US: 'opt-outt' } },
    { policy: { version: '1' }, categories: { analytics: {} }, cookie: { sameSite: 'lax' } },
    { policy: { version: '' }, categories: { analytics: {} } },
  ]
  window.results = attempts.map((config) => {
    try {
      createConsent(config)
      return 'accepted'
    } catch (error) {
      return [error instanceof AssentConfigError, error.field, error.message]
    }
  })
</script>`

/** A script-tag page with `bad` in its config, loading `bundle`. */
const scriptTagPage = (bundle: string, bad: Record<string, unknown>) => `<!doctype html><title>errors</title>
<script type="application/json" id="assent-config">${JSON.stringify({ policy: { version: '1' }, categories: { analytics: {} }, ...bad })}</script>
<script src="${bundle}"></script><p id="ok">fine</p>`

// One mistake in each part the script tag checks: the core, a regime, the UI and Google's options.
const scriptTagMistakes: Array<[string, Record<string, unknown>, string]> = [
  ['regimes.US', { regimes: { US: 'opt-outt' } }, 'must be one of opt-in, opt-out, none'],
  ['region', { region: 'Germany' }, 'must be a region ("DE", "US-CA"), "timezone" or null'],
  ['ui.layout', { ui: { layout: 'popup' } }, 'must be one of'],
  ['google.waitForUpdate', { google: { waitForUpdate: -5 } }, 'must be an integer >= 0'],
]

let browser: TestBrowser
let server: TestServer

beforeAll(async () => {
  browser = await launch()
  const routes: Record<string, { body: string }> = { '/default': { body: page('/dist/index.js') }, '/production': { body: page('/dist/production/index.js') } }
  // Paths without the field's dots (the test server types a response by its extension).
  scriptTagMistakes.forEach(([, bad], i) => {
    routes[`/served-${i}`] = { body: scriptTagPage('/dist/assent.js', bad) }
    routes[`/debug-${i}`] = { body: scriptTagPage('/dist/assent.debug.js', bad) }
  })
  server = await startServer(routes)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function resultsOf(path: string): Promise<{ results: unknown; errors: string[] }> {
  const context = await browser.newContext()
  const tab = await context.newPage()
  const errors: string[] = []
  tab.on('pageerror', (error) => errors.push(error.message))
  await tab.goto(server.url + path)
  await tab.waitForFunction(() => 'results' in window)
  const results = await tab.evaluate(() => (window as unknown as { results: unknown }).results)
  await context.close()
  return { results, errors }
}

describe('config errors from the npm builds, imported without a bundler', () => {
  it('the default build names the field and says what it must be', async () => {
    const { results, errors } = await resultsOf('/default')
    expect(errors).toEqual([])
    expect(results).toEqual([
      [true, 'regimes.US', 'assent: regimes.US must be one of opt-in, opt-out, none'],
      [true, 'cookie.sameSite', 'assent: cookie.sameSite must be one of Lax, Strict, None'],
      [true, 'policy.version', 'assent: policy.version must be a non-empty string of at most 64 characters'],
    ])
  })

  it('the production build runs too (no `process`), and still names the field', async () => {
    const { results, errors } = await resultsOf('/production')
    expect(errors).toEqual([])
    expect(results).toEqual(['regimes.US', 'cookie.sameSite', 'policy.version'].map((field) => [true, field, `assent: ${field} is invalid (a development build says why)`]))
  })

  it('the production build carries none of the explanations, and package.json sends production bundlers to it', () => {
    const code = (dir: string) => readdirSync(new URL(dir, DIST), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
      .map((entry) => readFileSync(`${entry.parentPath}/${entry.name}`, 'utf8')).join('\n')
    // As string literals (comments may say "must be").
    expect(code('production/')).not.toMatch(/['"`](must be|is not a known option|names no configured|is for opt-out)|process\.env/)
    expect(code('chunks/')).toMatch(/['"`]must be/)
    expect(code('production/')).toContain('is invalid (a development build says why)')
    const pkg = JSON.parse(readFileSync(new URL('../package.json', DIST), 'utf8'))
    for (const [entry, conditions] of Object.entries(pkg.exports as Record<string, Record<string, string>>)) {
      if (!conditions.production) continue
      // Conditions match in the order written: "production" must come before "import".
      expect(Object.keys(conditions), entry).toEqual(['types', 'production', 'import'])
      expect(conditions.production, entry).toBe(conditions.import.replace('./dist/', './dist/production/'))
    }
    expect(Object.keys(pkg.exports).filter((entry) => pkg.exports[entry].production)).toEqual(['.', './gate', './ui', './sync', './google', './react', './autoblock', './services'])
  })
})

describe('config errors from the script tag', () => {
  /** The console errors of a script-tag page, once it has run (the page keeps working). */
  async function consoleErrorsOf(path: string): Promise<string[]> {
    const context = await browser.newContext()
    const tab = await context.newPage()
    const errors: string[] = []
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    tab.on('pageerror', (error) => errors.push(error.message))
    await tab.goto(server.url + path)
    await tab.waitForFunction(() => document.readyState === 'complete')
    expect(await tab.evaluate(() => [window.assent === undefined, document.getElementById('ok')!.textContent])).toEqual([true, 'fine'])
    await context.close()
    return errors
  }

  it.each(scriptTagMistakes)('%s: the served dist/assent.js names the field and points to assent.debug.js', async (field) => {
    expect(await consoleErrorsOf(`/served-${scriptTagMistakes.findIndex(([name]) => name == field)}`)).toEqual([`assent: ${field} is invalid (assent.debug.js says why)`])
  })

  it.each(scriptTagMistakes)('%s: dist/assent.debug.js names the field and says why', async (field, _, why) => {
    const errors = await consoleErrorsOf(`/debug-${scriptTagMistakes.findIndex(([name]) => name == field)}`)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`assent: ${field} ${why}`)
  })

  it('the served file carries none of the explanations; the debug file is the same bundle with them, and both ship', () => {
    const served = readFileSync(new URL('assent.js', DIST), 'utf8')
    const debug = readFileSync(new URL('assent.debug.js', DIST), 'utf8')
    expect(served).not.toMatch(/['"`](must be|is not a known option|names no configured|is for opt-out|is not valid JSON)/)
    expect(debug).toMatch(/['"`]must be/)
    expect(debug).not.toContain('says why')
    expect(served.length).toBeLessThan(debug.length)
    const pkg = JSON.parse(readFileSync(new URL('../package.json', DIST), 'utf8'))
    expect(pkg.files).toContain('dist')
    expect(pkg.exports['./dist/assent.js']).toBe('./dist/assent.js')
    expect(pkg.exports['./dist/assent.debug.js']).toBe('./dist/assent.debug.js')
    expect(pkg.sideEffects).toEqual(['./dist/assent.js', './dist/assent.debug.js'])
  })
})
