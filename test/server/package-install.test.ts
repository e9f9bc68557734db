// The packed package as a user gets it: `npm pack`, then installed into an empty project, where
// the server runs on SQLite, the entries import in Node, and TypeScript (moduleResolution
// bundler) type-checks code using them. A database driver that is not installed is one line
// naming the package to install.
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRecord } from './fixtures'

const run = promisify(execFile)
const ROOT = new URL('../../', import.meta.url).pathname
const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(ROOT, 'package.json'), 'utf8')))
const devVersion = (name: string) => pkg.devDependencies[name] as string

let project: string

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'assent-user-'))
  // The tarball of the dist/ that `npm test` has just built (no second build).
  await run('npm', ['pack', '--ignore-scripts', '--pack-destination', project], { cwd: ROOT })
  const tarball = (await readdir(project)).find((file) => file.endsWith('.tgz'))!
  await writeFile(join(project, 'package.json'), JSON.stringify({
    name: 'a-site', private: true, type: 'module',
    allowScripts: { 'better-sqlite3': true },
  }))
  // What the README tells a server user to install: assent and the SQLite driver. (@types/node
  // is what any TypeScript server project has.)
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`,
    `better-sqlite3@${devVersion('better-sqlite3')}`, `@types/node@${devVersion('@types/node')}`], { cwd: project, timeout: 300_000 })
}, 320_000)

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true })
})

/** Runs the installed `assent-server` and resolves once it listens. */
function startServer(args: string[]): Promise<{ url: string; stop: () => void }> {
  const child = spawn(join(project, 'node_modules/.bin/assent-server'), args, { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no "listening" line:\n' + output)), 15_000)
    const read = (chunk: Buffer) => {
      output += chunk
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ url: match[1], stop: () => child.kill('SIGTERM') })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)))
  })
}

describe('the packed package, installed as a user would', () => {
  it('runs assent-server on SQLite: a posted record reads back', async () => {
    const server = await startServer(['--port', '0', '--db', 'consent.db'])
    try {
      const record = makeRecord()
      const posted = await fetch(server.url + '/consents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) })
      expect(posted.status).toBe(201)
      const read = await fetch(`${server.url}/subjects/${record.subject}`)
      expect(read.status).toBe(200)
      const body = await read.json()
      expect(body.records.map((stored: { id: string }) => stored.id)).toEqual([record.id])
    } finally {
      server.stop()
    }
  })

  it('a missing driver is one line naming the package to install', async () => {
    // pg is not installed in this project.
    const result = await run(join(project, 'node_modules/.bin/assent-server'), ['--port', '0', '--db', 'postgres://127.0.0.1:1/none'], { cwd: project }).catch((error) => error)
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual(['assent-server: PostgreSQL needs the package pg, which is not installed: run `npm install pg@8`'])
  })

  it('imports assent and assent/server in Node', async () => {
    const script = "const core = await import('assent'); const server = await import('assent/server');" +
      "console.log(typeof core.createConsent, typeof server.createHandler, typeof server.sqliteStore)"
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project })
    expect(stdout.trim()).toBe('function function function')
  })

  it('type-checks a TypeScript file using assent, gate, ui and server (moduleResolution bundler)', async () => {
    await writeFile(join(project, 'site.ts'), `
import { createConsent, type ConsentRecord } from 'assent'
import { gate } from 'assent/gate'
import { mountUI } from 'assent/ui'
import { createHandler, sqliteStore } from 'assent/server'
const consent = createConsent({ policy: { version: '1' }, categories: { necessary: { required: true }, analytics: {} } })
const stop: () => void = gate(consent)
mountUI(consent, { layout: 'box' }).showPreferences()
const handler: (request: Request) => Promise<Response> = createHandler({ store: sqliteStore('consent.db') })
const record: ConsentRecord | null = consent.record
// @ts-expect-error: granted() takes a name
consent.granted(42)
export { stop, handler, record }
`)
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: ['node'] },
      files: ['site.ts'],
    }))
    const result = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project }).catch((error) => error)
    expect(result.stdout ?? '').toBe('')
    expect(result.code ?? 0).toBe(0)
  })
})
