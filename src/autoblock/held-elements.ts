// The elements that autoblock holds: `<script>`, `<iframe>`, `<img>` and `<link>` whose URL
// belongs to a name not granted. A held element keeps its place in the page; its URL waits in
// `data-assent-src` and the name in `data-assent-held`. Released on grant in the order held
// (a script is the page's own element again, so its listeners and the page's references work).
import { gateScripts } from '../gate/gate-scripts'
import { trusted } from '../gate/trusted-types'

export const URL_ATTRIBUTE: Record<string, string> = { script: 'src', iframe: 'src', img: 'src', link: 'href' }

/** The attribute that carries the URL of an element autoblock can hold, else undefined. */
export const urlAttribute = (element: Element): string | undefined => URL_ATTRIBUTE[element.localName]

export interface Holder {
  /** Holds `element` if `url` (its URL, now or about to be set) is held; true when held. */
  hold(element: HTMLElement, attribute: string, url: unknown): boolean
  /** Checks `root` and the elements inside it (before an insertion, or what the parser added). */
  scan(root: Node): void
  /** Lets go of every held element whose name is now granted. */
  release(): void
}

export function holder(heldBy: (url: unknown) => string | undefined): Holder {
  const held = new Set<HTMLElement>()
  const hold: Holder['hold'] = (element, attribute, url) => {
    const data = element.dataset
    // Marked-up gating (data-assent) and its live copies are the gate's; data-assent-ignore
    // is the site's exemption.
    const name = !('assent' in data || 'assentIgnore' in data || gateScripts.has(element)) && heldBy(url)
    if (name) {
      element.removeAttribute(attribute)
      data.assentSrc = String(url)
      data.assentHeld = name
      held.add(element)
    } else if (held.delete(element)) {
      // A URL that may load replaces a held one.
      delete data.assentSrc
      delete data.assentHeld
    }
    return !!name
  }
  const check = (element: Element) => {
    const attribute = urlAttribute(element)
    const url = attribute && element.getAttribute(attribute)
    if (url != null && url !== '') hold(element as HTMLElement, attribute!, url)
  }
  /** A walk, not querySelectorAll: most insertions are small, and a query costs more than
   * walking a few children (bench/autoblock-observer.mjs). */
  const walk = (element: Element | null): void => {
    for (; element; element = element.nextElementSibling) {
      check(element)
      walk(element.firstElementChild)
    }
  }
  const scan = (root: Node) => {
    if ((root as Element).localName) check(root as Element)
    walk((root as Element).firstElementChild)
  }
  const release = () => {
    // Held ones in the order held, then copies the page made of them (cloneNode, say).
    for (const element of new Set([...held, ...document.querySelectorAll<HTMLElement>('[data-assent-held]')])) {
      const data = element.dataset
      const url = data.assentSrc!
      if (heldBy(url)) continue
      held.delete(element)
      delete data.assentHeld
      delete data.assentSrc
      if (element.localName == 'script') {
        const script = element as HTMLScriptElement
        // In the browser's in-order list (as the gate runs its scripts), async or not: the
        // held ones run in the order they were added, and each after those before it.
        script.async = false
        // A connected script that never ran starts when it gets a src.
        script.src = trusted('createScriptURL', url)
      } else {
        element.setAttribute(urlAttribute(element)!, url)
      }
    }
  }
  return { hold, scan, release }
}
