// Other consent tools' banners, recognised and clicked with @duckduckgo/autoconsent's rules
// (MPL-2.0, an optional peer dependency, used as published: its Playwright content script and
// its rules.json). The protocol is the one of the package's own playwright/runner.ts: the
// content script posts messages through a binding; we answer `init` with the rules and run
// its `eval` requests in the frame.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Frame, Page } from 'playwright-core'
import { MissingPeer } from './peers'

export type AutoAction = 'optIn' | 'optOut' | null

/** How long autoconsent gets to recognise a consent tool on the page. */
const DETECT_MS = 4_000

interface Message { type: string; cmp?: string; result?: boolean; id?: string; code?: string; mainFrame?: boolean; state?: { lifecycle?: string } }

let bundle: Promise<{ script: string; rules: string }> | undefined

function loadBundle(): Promise<{ script: string; rules: string }> {
  bundle ??= (async () => {
    const require = createRequire(import.meta.url)
    let main: string
    let rules: string
    try {
      main = require.resolve('@duckduckgo/autoconsent')
      rules = require.resolve('@duckduckgo/autoconsent/rules/rules.json')
    } catch {
      throw new MissingPeer('assent audit needs @duckduckgo/autoconsent for consent tools other than assent: npm install -D @duckduckgo/autoconsent')
    }
    const [script, json] = await Promise.all([readFile(join(dirname(main), 'autoconsent.playwright.js'), 'utf8'), readFile(rules, 'utf8')])
    return { script, rules: json }
  })()
  return bundle
}

export interface AutoconsentRun {
  /** The rule's name once a tool is recognised. */
  cmp?: string
  popupFound: boolean
  /** The page's main frame has no tool autoconsent knows (after its retries). */
  nothingFound: boolean
  /** The result of the opt-in or opt-out, once it ran. */
  result?: boolean
  /** Resolves when the action is done, the popup was found (no action), or after timeoutMs. */
  settled(timeoutMs: number): Promise<void>
  /** Stops injecting into the page's later navigations. */
  stop(): void
}

/** Starts autoconsent in the page's frames with `action` (null: only recognise the banner);
 * `only`: these rules (JSON, rules.json's shape) instead of the package's own. */
export async function runAutoconsent(page: Page, action: AutoAction, only?: string): Promise<AutoconsentRun> {
  const { script, rules: published } = await loadBundle()
  const rules = only ?? published
  let wake = () => {}
  const inject = (frame: Frame) => void frame.evaluate(script).catch(() => {})
  const run: AutoconsentRun = {
    popupFound: false,
    nothingFound: false,
    stop: () => void page.off('framenavigated', inject),
    settled: (timeoutMs) => new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs)
      // autoconsent's later detection retries wait for a DOM change, so on a quiet page with
      // no tool it never says "nothing found": no tool recognised within DETECT_MS is none.
      const detect = setTimeout(() => run.cmp === undefined && finish(), DETECT_MS)
      const finish = () => (clearTimeout(timer), clearTimeout(detect), resolve())
      const done = () => run.nothingFound || (action === null ? run.popupFound : run.result !== undefined)
      if (done()) return finish()
      wake = () => done() && finish()
    }),
  }
  const config = JSON.stringify({ enabled: true, autoAction: action, disabledCmps: [], enablePrehide: false, detectRetries: 6,
    enableCosmeticRules: false, visualTest: false })
  const answer = (frame: Frame, code: string) => frame.evaluate(code).catch(() => {})
  await page.exposeBinding('autoconsentSendMessage', async ({ frame }: { frame: Frame }, message: Message) => {
    switch (message.type) {
      case 'init':
        await answer(frame, `autoconsentReceiveMessage({ type: "initResp", config: ${config}, rules: ${rules} })`)
        break
      case 'eval': {
        let result: unknown = false
        try {
          result = await frame.evaluate(message.code ?? 'false')
        } catch {
          // a failed check is a false one
        }
        await answer(frame, `autoconsentReceiveMessage({ id: ${JSON.stringify(message.id)}, type: "evalResp", result: ${JSON.stringify(result ?? null)} })`)
        break
      }
      case 'cmpDetected':
        run.cmp ??= message.cmp
        break
      case 'popupFound':
        run.cmp = message.cmp
        run.popupFound = true
        break
      case 'report':
        if (message.mainFrame && message.state?.lifecycle === 'nothingDetected') run.nothingFound = true
        break
      case 'optOutResult':
      case 'optInResult':
        run.result = message.result === true
        break
    }
    wake()
  }).catch(() => {})
  for (const frame of page.frames()) inject(frame)
  page.on('framenavigated', inject)
  return run
}
