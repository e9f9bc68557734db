'use client'
// The provider with the browser-only parts: plugins are functions, which cannot travel from a
// server component, so they are set here. The gate plugin deletes a service's cookies when it
// is refused.
import type { ReactNode } from 'react'
import { gate } from 'assent/gate'
import { AssentProvider } from 'assent/react'
import type { ConsentRecord } from 'assent'
import { consentConfig, uiOptions } from './consent-config'

const plugins = [gate]

export function ConsentProvider({ record, children }: { record: ConsentRecord | null; children: ReactNode }) {
  return (
    <AssentProvider config={consentConfig} record={record} ui={uiOptions} plugins={plugins}>
      {children}
    </AssentProvider>
  )
}
