'use client'
// The parts of the page that use the browser: the analytics stand-in and the decision line.
import { useEffect } from 'react'
import { useConsent, useGranted } from 'assent/react'

/** Stands in for an analytics library: it sets its cookie when it starts (only once granted). */
export function Stats() {
  useEffect(() => {
    document.cookie = 'next_stats=1;path=/;max-age=3600'
  }, [])
  return <p data-stats>Analytics is on: this visit is counted.</p>
}

export function Decision() {
  const consent = useConsent()
  const analytics = useGranted('analytics')
  const marketing = useGranted('marketing')
  // useConsent() is null in the server render and hydration: the hooks carry the server's view.
  const summary = `Analytics ${analytics ? 'allowed' : 'refused'}, marketing ${marketing ? 'allowed' : 'refused'}.`
  return (
    <p data-decision={consent?.record?.action ?? ''}>
      {summary}{' '}
      {consent?.decided && <button type="button" data-withdraw onClick={() => consent.withdraw()}>Withdraw consent</button>}
    </p>
  )
}
