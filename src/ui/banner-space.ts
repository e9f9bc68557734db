// WCAG 2.2 2.4.11 (Focus Not Obscured), technique C43: while a bar or box sits over the page,
// the page gets scroll padding (and room to scroll) the height of the banner, and a focused
// page element under it is scrolled clear. Written through CSSOM, which a strict CSP allows.

export function reserveSpace(banner: HTMLElement, side: 'top' | 'bottom'): () => void {
  const html = document.documentElement.style
  const properties = ['scroll-padding-' + side, ...(side === 'bottom' ? ['padding-bottom'] : [])]
  const saved = properties.map((property) => html.getPropertyValue(property))
  const resize = new ResizeObserver(() => {
    for (const property of properties) html.setProperty(property, banner.offsetHeight + 'px')
  })
  resize.observe(banner)
  const onFocus = (event: FocusEvent) => {
    const target = event.target as Element
    if (!target.getBoundingClientRect) return
    const box = banner.getBoundingClientRect()
    const rect = target.getBoundingClientRect()
    if (rect.bottom > box.top && rect.top < box.bottom && rect.right > box.left && rect.left < box.right) {
      target.scrollIntoView({ block: 'nearest' })
    }
  }
  document.addEventListener('focusin', onFocus)
  return () => {
    resize.disconnect()
    document.removeEventListener('focusin', onFocus)
    properties.forEach((property, index) => html.setProperty(property, saved[index]))
  }
}
