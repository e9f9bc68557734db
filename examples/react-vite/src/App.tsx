// The page: a video behind a placeholder until marketing (or YouTube alone) is allowed, a
// stats component that only mounts with analytics, and the visitor's current decision.
import { useEffect } from 'react'
import { Consent, useConsent, useGranted } from 'assent/react'

/** Stands in for an analytics library: it sets its cookie when it starts. */
function Stats() {
  useEffect(() => {
    document.cookie = 'rv_stats=1;path=/;max-age=3600'
    const ran = ((window as unknown as { __standIns?: string[] }).__standIns ??= [])
    ran.push('stats')
  }, [])
  return <p data-stats>Analytics is on: this visit is counted.</p>
}

function Decision() {
  const consent = useConsent()
  const analytics = useGranted('analytics')
  const marketing = useGranted('marketing')
  if (!consent?.decided) return <p data-decision="none">You have not decided yet.</p>
  return (
    <p data-decision={consent.record!.action}>
      Analytics {analytics ? 'allowed' : 'refused'}, marketing {marketing ? 'allowed' : 'refused'}.{' '}
      <button type="button" data-withdraw onClick={() => consent.withdraw()}>Withdraw consent</button>
    </p>
  )
}

export function App() {
  return (
    <>
      <header>
        <nav><a href="/">Examples</a></nav>
      </header>
      <main>
        <h1>React example</h1>
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
      <footer><p>React app built with Vite. <a href="#" data-assent-open>Cookie settings</a></p></footer>
    </>
  )
}
