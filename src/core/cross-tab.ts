// Tells other open tabs of the site that the decision changed. Cookies fire no events, so a
// BroadcastChannel carries the news, and a tab that becomes visible re-reads the cookie too
// (covering browsers without BroadcastChannel and changes made on a sibling subdomain).

export function listenToOtherTabs(channelName: string, onChange: () => void): { notify(): void; stop(): void } {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null
  if (channel) channel.onmessage = onChange
  const onVisible = () => {
    if (document.visibilityState === 'visible') onChange()
  }
  const hasDocument = typeof document !== 'undefined'
  if (hasDocument) document.addEventListener('visibilitychange', onVisible)
  return {
    notify() {
      channel?.postMessage(1)
    },
    stop() {
      channel?.close()
      if (hasDocument) document.removeEventListener('visibilitychange', onVisible)
    },
  }
}
