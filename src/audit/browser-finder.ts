// Which Chromium to drive: --chrome, then CHROME_PATH, then the usual install paths, then the
// one Playwright downloaded (if any). None found: one message naming every place looked at.
import { accessSync, constants } from 'node:fs'

export const INSTALL_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe']

export class BrowserNotFound extends Error {}

const runnable = (path: string) => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** `playwrightPath` is Playwright's own browser's path (`chromium.executablePath()`), which
 * exists only after `npx playwright install chromium`. */
export function findBrowser(flag: string | undefined, env: Record<string, string | undefined>, playwrightPath?: string,
  exists: (path: string) => boolean = runnable): string {
  if (flag !== undefined) {
    if (exists(flag)) return flag
    throw new BrowserNotFound(`--chrome ${flag}: no runnable browser there`)
  }
  if (env.CHROME_PATH) {
    if (exists(env.CHROME_PATH)) return env.CHROME_PATH
    throw new BrowserNotFound(`CHROME_PATH=${env.CHROME_PATH}: no runnable browser there`)
  }
  for (const path of INSTALL_PATHS) if (exists(path)) return path
  if (playwrightPath && exists(playwrightPath)) return playwrightPath
  throw new BrowserNotFound(`no Chromium or Chrome found. Looked at --chrome, CHROME_PATH, ${INSTALL_PATHS.join(', ')}` +
    `${playwrightPath ? ` and Playwright's ${playwrightPath}` : ' and Playwright\'s own browser'}. ` +
    'Install one (e.g. apt-get install chromium) or pass --chrome /path/to/chrome.')
}
