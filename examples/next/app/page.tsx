// The page, a server component: the video and the analytics part are rendered on the server
// when the visitor's cookie grants them, and swap on the client when the decision changes.
import { Consent } from 'assent/react'
import { Decision, Stats } from './client-parts'

export default function Page() {
  return (
    <>
      <header>
        <nav><a href="/privacy">Privacy</a></nav>
      </header>
      <main>
        <h1>Next.js example</h1>
        <Decision />
        <h2>Video</h2>
        <Consent name="youtube" placeholder>
          <iframe title="Example video" width="560" height="315" src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" />
        </Consent>
        <h2>Analytics</h2>
        <Consent name="analytics" fallback={<p data-stats-off>Analytics is off.</p>}>
          <Stats />
        </Consent>
      </main>
      <footer>
        <p>Next.js App Router, server-rendered. <a href="#" data-assent-open>Cookie settings</a></p>
      </footer>
    </>
  )
}
