// Tells other open tabs of the site that the decision changed. Cookies fire no events, so a
// BroadcastChannel carries the news, and a tab that becomes visible re-reads the cookie too
// (covering browsers without BroadcastChannel and changes made on a sibling subdomain).

export function listenToOtherTabs(channelName: string, onChange: () => void): { notify(): void; stop(): void } {
  let channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined
  const onVisible = () => document.visibilityState === 'visible' && onChange()
  if (channel) channel.onmessage = onChange
  if (typeof document === 'object') document.addEventListener('visibilitychange', onVisible)
  return {
    notify: () => channel?.postMessage(1),
    stop() {
      channel?.close()
      channel = undefined // a closed channel throws on postMessage
      if (typeof document === 'object') document.removeEventListener('visibilitychange', onVisible)
    },
  }
}
