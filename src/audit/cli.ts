// `assent audit <url>`: runs the five phases in headless Chromium, classifies what was stored
// and sent, writes OUT/report.json and OUT/report.html, prints the summary, and exits 0, 1 (a
// finding reached --fail-on) or 2 (the audit could not run), never with a stack trace.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { version } from '../version'
import { parseAuditArgs, USAGE, UsageError, type AuditOptions } from './args'
import { BrowserNotFound, findBrowser } from './browser-finder'
import { catalogue } from './catalogue'
import { createClassifier } from './classify'
import { computeFindings, failsOn } from './findings'
import { AuditFailed } from './page-visit'
import { loadPlaywright, MissingPeer } from './peers'
import { runPhase, type RawPhase } from './phases'
import { buildReport, classifyPhase, detectedServices, type ClassifiedPhase } from './report-json'
import { renderHtml } from './report-html'
import { ConfigError, readSiteConfig, type SiteConfig } from './site-config'
import { suggestConfig } from './suggest'
import { formatSummary } from './summary'
import { PHASES, type PhaseName } from './types'

const progress = (text: string) => void process.stderr.write(`assent audit: ${text}\n`)

function fail(message: string): never {
  process.stderr.write(`assent audit: ${message}\n`)
  process.exit(2)
}

async function readConfigFile(path: string): Promise<SiteConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`--config ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`--config ${path}: not valid JSON (${(error as Error).message})`)
  }
  return readSiteConfig(json, `--config ${path}`)
}

async function launch(options: AuditOptions): Promise<Browser> {
  const { chromium } = await loadPlaywright()
  let bundled: string | undefined
  try {
    bundled = chromium.executablePath()
  } catch {
    // this playwright-core has no browser of its own registered
  }
  const executablePath = findBrowser(options.chrome, process.env, bundled)
  try {
    return await chromium.launch({
      executablePath, timeout: 30_000,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
        // Chromium's sandbox needs a non-root user; CI containers often run as root.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    })
  } catch (error) {
    throw new BrowserNotFound(`cannot start the browser at ${executablePath}: ${String((error as Error).message).split('\n')[0]}`)
  }
}

export async function audit(options: AuditOptions): Promise<number> {
  const startedAt = new Date().toISOString()
  let config: SiteConfig | null = options.config ? await readConfigFile(options.config) : null
  const browser = await launch(options)
  const raws: Partial<Record<PhaseName, RawPhase>> = {}
  try {
    for (const phase of PHASES) {
      progress(`${phase}: starting in a fresh profile`)
      raws[phase] = await runPhase(phase, { browser, options, progress, bannerWaitMs: 5_000 })
      const raw = raws[phase]!
      progress(`${phase}: ${raw.pages.length} pages, ${raw.cookies.length} cookies, ${raw.storage.length} storage keys, ${raw.requests.length} requests`)
    }
  } finally {
    await browser.close().catch(() => {})
  }
  const pageConfig = raws['first-visit']?.pageConfig
  if (!config && pageConfig !== undefined) {
    try {
      if ((pageConfig as { __error?: string }).__error) throw new ConfigError((pageConfig as { __error: string }).__error)
      config = readSiteConfig(pageConfig, 'the page\'s assent config')
    } catch (error) {
      progress(`${(error as Error).message}; auditing against the catalogue only`)
    }
  }
  const siteHost = new URL(raws['first-visit']?.pages[0] ?? options.url).hostname
  const classifier = createClassifier(config, catalogue)
  const phases: Partial<Record<PhaseName, ClassifiedPhase>> = {}
  const screenshots: Partial<Record<PhaseName, string>> = {}
  for (const phase of PHASES) {
    const raw = raws[phase]
    if (!raw) continue
    phases[phase] = classifyPhase(raw, classifier, siteHost)
    screenshots[phase] = raw.banner.screenshot
  }
  const services = detectedServices(phases)
  const findings = computeFindings(phases, config)
  const report = buildReport({ url: options.url, startedAt, version, phases, services, findings })
  try {
    await mkdir(options.out, { recursive: true })
    await writeFile(join(options.out, 'report.json'), JSON.stringify(report, null, 2) + '\n')
    await writeFile(join(options.out, 'report.html'), renderHtml(report, screenshots))
  } catch (error) {
    throw new AuditFailed(`cannot write the report to ${options.out}: ${(error as Error).message}`)
  }
  process.stdout.write(formatSummary(report, options.out))
  if (options.suggest) process.stdout.write(`\nSuggested assent config (the script-tag JSON):\n${JSON.stringify(suggestConfig(services, catalogue), null, 2)}\n`)
  return failsOn(findings, options.failOn) ? 1 : 0
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  if (command === undefined) fail(`missing the command\n\n${USAGE}`)
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE)
    process.exit(0)
  }
  if (command !== 'audit') fail(`unknown command "${command}" (the only command is "audit")\n\n${USAGE}`)
  let options: AuditOptions | null
  try {
    options = parseAuditArgs(rest)
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\n\n${USAGE}`)
    throw error
  }
  if (!options) {
    process.stdout.write(USAGE)
    process.exit(0)
  }
  try {
    process.exit(await audit(options))
  } catch (error) {
    if (error instanceof AuditFailed || error instanceof MissingPeer || error instanceof BrowserNotFound || error instanceof ConfigError) fail(error.message)
    // Anything else is a bug of ours: say so in one line (the stack with ASSENT_DEBUG=1).
    if (process.env.ASSENT_DEBUG) console.error(error)
    fail(`the audit stopped on an unexpected error: ${String((error as Error)?.message ?? error).split('\n')[0]} (ASSENT_DEBUG=1 shows more)`)
  }
}

void main(process.argv.slice(2))
