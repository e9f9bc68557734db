// Non-script elements (iframe, img, video, audio, source, link) wait with their URL in
// `data-assent-src`; activation moves it to `src` (`href` on link).
export function activateElement(element: Element): void {
  const url = element.getAttribute('data-assent-src')
  if (url === null) return
  element.removeAttribute('data-assent-src')
  element.setAttribute(element.localName == 'link' ? 'href' : 'src', url)
  // A media element picks up a changed <source> only when told to load again.
  const media = element.parentElement
  if (element.localName == 'source' && media instanceof HTMLMediaElement) media.load()
}
