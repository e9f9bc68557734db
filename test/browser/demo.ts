// Starts the `npm start` demo (examples + consent endpoint on a temporary SQLite file) for
// tests, and reads what the endpoint stored.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { launch, type TestBrowser } from './harness'
import { routeThirdParties } from './stand-ins'

export interface Demo {
  url: string
  /** Records the endpoint holds for a subject (newest first), or [] when none. */
  records(subject: string): Promise<Array<Record<string, any>>>
  close(): Promise<void>
}

export async function startTestDemo(): Promise<Demo> {
  const dataDir = mkdtempSync(join(tmpdir(), 'assent-demo-'))
  // @ts-expect-error plain JavaScript module without types
  const { startDemo } = await import('../../examples/demo-server.js')
  const demo = await startDemo({ port: 0, dataDir })
  return {
    url: demo.url,
    async records(subject) {
      const response = await fetch(`${demo.url}/consent/v1/subjects/${subject}`)
      return response.status === 404 ? [] : (await response.json()).records
    },
    async close() {
      await demo.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Waits until `check` holds, polling (for records that travel to the server). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs
  let value = await read()
  while (!check(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100))
    value = await read()
  }
  return value
}

export const banner = (page: Page) => page.locator('[data-assent-banner]')
export const preferences = (page: Page) => page.locator('[data-assent-preferences]')
export const bannerButton = (page: Page, action: string) => page.locator(`[data-assent-banner] [data-assent-action="${action}"]`)
export const preferencesButton = (page: Page, action: string) => page.locator(`[data-assent-preferences] [data-assent-action="${action}"]`)
export const subjectOf = (page: Page) => page.evaluate(() => window.assent!.record!.subject)
export const cookieNames = async (page: Page) => (await page.context().cookies()).map((c) => c.name).sort()

export interface DemoVisitor {
  readonly browser: TestBrowser
  readonly demo: Demo
  /** A fresh visitor per test: its own context (cookies, storage) and page. */
  readonly context: BrowserContext
  readonly page: Page
}

/** Registers the hooks that give each test in the file a new visitor on the running demo. */
export function useDemoVisitor(): DemoVisitor {
  const state = {} as { browser: TestBrowser; demo: Demo; context: BrowserContext; page: Page }
  beforeAll(async () => {
    ;[state.browser, state.demo] = await Promise.all([launch(), startTestDemo()])
  })
  afterAll(async () => {
    await state.browser?.close()
    await state.demo?.close()
  })
  beforeEach(async () => {
    state.context = await state.browser.newContext()
    state.context.setDefaultTimeout(10_000) // a failing step names itself instead of timing the test out
    await routeThirdParties(state.context)
    state.page = await state.context.newPage()
  })
  afterEach(() => state.context.close())
  return state
}
