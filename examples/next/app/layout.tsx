// The root layout, a server component: it reads the visitor's decision from the request's
// cookie, so that the first HTML already has the banner (undecided) or the granted content
// (decided), and hands that record to the provider, so that hydration renders the same.
import type { ReactNode } from 'react'
import { headers } from 'next/headers'
import { readConsentCookie } from 'assent/server'
import { consentConfig } from './consent-config'
import { ConsentProvider } from './consent-provider'
import '../../site.css'
import '../../placeholder.css'

export const metadata = { title: 'Next.js example: assent' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const record = readConsentCookie((await headers()).get('cookie'), consentConfig)
  return (
    <html lang="en">
      <body>
        <ConsentProvider record={record}>{children}</ConsentProvider>
      </body>
    </html>
  )
}
