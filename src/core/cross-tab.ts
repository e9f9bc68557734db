// Tells other open tabs of the site that the decision changed. Cookies fire no events, so a
// BroadcastChannel carries the news, and a tab that becomes visible re-reads the cookie too
// (covering browsers without BroadcastChannel and changes made on a sibling subdomain).
// The news names the record now stored ('' for none): the listener can tell whether the cookie
// it reads already holds it.

export function listenToOtherTabs(channelName: string, onChange: (announced?: string) => void): { notify(id?: string): void; stop(): void } {
  // Optional chaining: Node (SSR) has no document, old browsers no BroadcastChannel.
  let channel: BroadcastChannel | undefined = globalThis.BroadcastChannel && new BroadcastChannel(channelName)
  const onVisible = () => document.visibilityState == 'visible' && onChange()
  if (channel) channel.onmessage = (event) => onChange(event.data)
  globalThis.document?.addEventListener('visibilitychange', onVisible)
  return {
    notify: (id = '') => channel?.postMessage(id),
    stop() {
      channel?.close()
      channel = undefined // a closed channel throws on postMessage
      globalThis.document?.removeEventListener('visibilitychange', onVisible)
    },
  }
}
