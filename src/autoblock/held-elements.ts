// The elements that autoblock holds: `<script>`, `<iframe>`, `<img>` and `<link>` whose URL
// belongs to a name not granted. A held element keeps its place in the page; its URL waits in
// `data-assent-src` and the name in `data-assent-held`. Released on grant in the order held
// (a script is the page's own element again, so its listeners and the page's references work).
// Module state, as the patches': autoblock runs once in a page.
import { gateScripts } from '../gate/gate-scripts'
import { trusted } from '../gate/trusted-types'

/** The attribute that carries the URL of an element of tag `tag` that autoblock can hold, or
 * false. A comparison and a pattern, not a lookup in an object: a tag name read from the DOM
 * is not an interned key, and the lookup took about 60 % of the check that runs on every
 * insertion and every setAttribute (docs/autoblock.md, "The tag check"). */
export const urlAttribute = (tag?: string): string | false =>
  tag == 'link' ? 'href' : /^(script|iframe|img)$/.test(tag!) && 'src'

/** The name that holds a URL now, or undefined (set by autoblock: its host rules). */
export let heldBy: (url: unknown) => string | undefined
export const useRules = (rules: typeof heldBy): unknown => (heldBy = rules)

/** The held elements, in the order held. */
const held = new Set<HTMLElement>()

const forget = (element: HTMLElement) => {
  held.delete(element)
  delete element.dataset.assentHeld
  delete element.dataset.assentSrc
}

/** Holds `element` if `url` (its URL, now or about to be set) is held; the name if held. */
export function hold(element: HTMLElement, attribute: string, url: unknown): string | false | undefined {
  const data = element.dataset
  // Marked-up gating (data-assent) and its live copies are the gate's; data-assent-ignore
  // is the site's exemption.
  const name = !('assent' in data || 'assentIgnore' in data || gateScripts.has(element)) && heldBy(url)
  if (name) {
    element.removeAttribute(attribute)
    data.assentSrc = url as string
    data.assentHeld = name
    held.add(element)
  } else if (held.has(element)) forget(element) // a URL that may load replaces a held one
  return name
}

/** Checks `root` and the elements inside it (before an insertion, or what the parser added).
 * A walk, not querySelectorAll: most insertions are small, and a query costs more than walking
 * a few children (bench/autoblock-observer.mjs). `root` may be any argument of an insertion
 * method (a string, null: the method throws as it should). */
export function scan(root: Node | null): void {
  const element = root as HTMLElement | null
  const attribute = urlAttribute(element?.localName)
  const url = attribute && element!.getAttribute(attribute)
  if (url) hold(element!, attribute, url)
  for (let child = element?.firstElementChild; child; child = child.nextElementSibling) scan(child)
}

/** Lets go of every held element whose name is now granted: held ones in the order held, then
 * copies the page made of them (cloneNode, say). */
export function release(): void {
  for (const element of new Set([...held, ...document.querySelectorAll<HTMLElement>('[data-assent-held]')])) {
    const url = element.dataset.assentSrc!
    if (heldBy(url)) continue
    forget(element)
    const script = element.localName == 'script'
    // In the browser's in-order list (as the gate runs its scripts), async or not: the held
    // ones run in the order they were added, and each after those before it. A connected
    // script that never ran starts when it gets a src.
    if (script) (element as HTMLScriptElement).async = false
    element.setAttribute(urlAttribute(element.localName) as string, script ? trusted('createScriptURL', url) : url)
  }
}
