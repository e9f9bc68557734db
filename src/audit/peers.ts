// The audit's two optional peer dependencies, loaded only when `assent audit` runs, so that a
// browser-only install of assent never pays for them. Missing: one line saying what to install.
export class MissingPeer extends Error {}

/** Imports `name`, or throws MissingPeer with the install line. */
export async function loadPeer<T>(name: string, why: string): Promise<T> {
  try {
    return (await import(name)) as T
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new MissingPeer(`${why} needs ${name}: npm install -D ${name}`)
    }
    throw error
  }
}

export const loadPlaywright = () => loadPeer<typeof import('playwright-core')>('playwright-core', 'assent audit')
