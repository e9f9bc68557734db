// React 18's renderToString of the page (loaded through Vite with React aliased to React 18).
import { renderToString } from 'react-dom/server'
import { version } from 'react'
import { app } from './app'
import type { ConsentRecord } from '../../../src/core/types'

export const reactVersion = version
export const render = (record: ConsentRecord | null) => renderToString(app(record))
