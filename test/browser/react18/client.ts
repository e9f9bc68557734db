// React 18's hydrateRoot of the server's page, with the record the server rendered from (or,
// for the mismatch control, a record the server did not use). Recoverable errors are logged
// as console errors, which the test collects.
import { hydrateRoot } from 'react-dom/client'
import { version } from 'react'
import { app } from './app'

const record = JSON.parse(document.getElementById('record')!.textContent!)
hydrateRoot(document.getElementById('root')!, app(record), { onRecoverableError: (error) => console.error(`recoverable: ${error}`) })
Object.assign(window, { reactVersion: version })
