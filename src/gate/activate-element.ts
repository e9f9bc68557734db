// Non-script elements (iframe, img, video, audio, source, link) wait with their URL in
// `data-assent-src`; activation moves it to `src` (`href` on link).
export function activateElement(element: HTMLElement): void {
  const url = element.dataset.assentSrc
  if (url == null) return
  delete element.dataset.assentSrc
  element.setAttribute(element.localName == 'link' ? 'href' : 'src', url)
  // Chromium ignores a src set on an iframe that the parser has just inserted (the stored
  // decision at start-up); inserting the element again, in place, makes it load.
  element.after(element)
  // A media element picks up a changed <source> only when told to load again (a <picture>
  // has no load()).
  if (element.localName == 'source') (element.parentElement as HTMLMediaElement | null)?.load?.()
}
