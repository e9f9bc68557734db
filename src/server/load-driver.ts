// The database drivers are optional peer dependencies: a site that only wants the banner never
// compiles a native SQLite module. A server without its driver says what to install, in one
// line, instead of Node's "Cannot find package" with a stack trace.

/** What to install for each driver: the versions this server is tested with. */
const INSTALL = { 'better-sqlite3': 'better-sqlite3@12', pg: 'pg@8' }

export class MissingDriverError extends Error {
  constructor(readonly driver: keyof typeof INSTALL, database: string) {
    super(`${database} needs the package ${driver}, which is not installed: run \`npm install ${INSTALL[driver]}\``)
    this.name = 'MissingDriverError'
  }
}

/** Runs `load` (a literal `import('driver')`, so that bundlers see it) and turns a missing
 * package into a MissingDriverError. */
export async function loadDriver<T>(driver: keyof typeof INSTALL, database: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    if ((code == 'ERR_MODULE_NOT_FOUND' || code == 'MODULE_NOT_FOUND') && message.includes(`'${driver}'`)) throw new MissingDriverError(driver, database)
    throw error
  }
}
