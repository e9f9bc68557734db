// Non-script elements (iframe, img, video, audio, source, link) wait with their URL in
// `data-assent-src`; activation moves it to `src` (`href` on link).
export function activateElement(element: HTMLElement): void {
  const url = element.dataset.assentSrc
  if (url == null) return
  delete element.dataset.assentSrc
  // Chromium ignores a src set on an iframe that the parser has just inserted (the stored
  // decision at start-up), and a connected iframe given a src and then inserted again loads
  // twice. So an iframe gets its src while out of the page and goes back in place: one load.
  const iframe = element.localName == 'iframe'
  const parent = element.parentNode
  const next = element.nextSibling
  if (iframe) element.remove()
  element.setAttribute(element.localName == 'link' ? 'href' : 'src', url)
  if (iframe) parent?.insertBefore(element, next)
  // A media element picks up a changed <source> only when told to load again (a <picture>
  // has no load()).
  if (element.localName == 'source') (element.parentElement as HTMLMediaElement | null)?.load?.()
}
