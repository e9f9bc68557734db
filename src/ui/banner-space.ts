// WCAG 2.2 2.4.11 (Focus Not Obscured), technique C43: while a bar or box sits over the page,
// the page gets scroll padding (so focus scrolling keeps clear of it) and, at the bottom, room
// to scroll the last content out from under it. Written through CSSOM, which a strict CSP allows.

export function reserveSpace(banner: HTMLElement, top: boolean): () => void {
  const style = document.documentElement.style
  // An empty value removes the property.
  const set = (value: string) => (top ? (style.scrollPaddingTop = value) : (style.scrollPaddingBottom = style.paddingBottom = value))
  const resize = new ResizeObserver(() => set(banner.offsetHeight + 'px'))
  resize.observe(banner)
  return () => {
    resize.disconnect()
    set('')
  }
}
