// Script-made elements: a URL set on an element that can already load (any image; a script,
// iframe or link in the page) is held at once, through the `src`/`href` properties and
// setAttribute; anything inserted into the page is checked before the insertion, through
// every insertion method and innerHTML. (A detached script, iframe or link does not load, so
// its check waits for the insertion, when its `rel`, `async` and the rest are known.)
import { patchAccessor, patchMethod, type Undo } from './patches'
import { urlAttribute, type Holder } from './held-elements'

const INSERTIONS: Array<[{ prototype: object } | undefined, string]> = [
  [Node, 'appendChild insertBefore replaceChild'],
  [Element, 'append prepend before after replaceWith replaceChildren insertAdjacentElement'],
  [CharacterData, 'before after replaceWith'],
  [DocumentFragment, 'append prepend replaceChildren'], // a shadow root is one
]
/** Markup that may hold an element autoblock holds. */
const HOLDABLE_MARKUP = /<(script|iframe|img|link)/i

export function holdInsertions(undo: Undo, { hold, scan }: Holder): void {
  const loadsNow = (element: Element) => element.isConnected || element.localName == 'img'
  for (const [type, attribute] of [[HTMLScriptElement, 'src'], [HTMLIFrameElement, 'src'], [HTMLImageElement, 'src'], [HTMLLinkElement, 'href']] as const) {
    patchAccessor(undo, type.prototype, attribute,
      (set) => function (value) {
        if (!loadsNow(this) || !hold(this, attribute, value)) set.call(this, value)
      },
      // A held element still tells the page its URL.
      (get) => function () {
        return this.dataset.assentHeld ? this.dataset.assentSrc : get.call(this)
      })
  }
  patchMethod(undo, Element.prototype, 'setAttribute', (setAttribute) => function (this: HTMLElement, name: string, value: unknown) {
    if (!(String(name).toLowerCase() == urlAttribute(this) && loadsNow(this) && hold(this, name, value))) return setAttribute.apply(this, arguments)
  })
  const replaceChildren = Element.prototype.replaceChildren
  for (const [type, names] of INSERTIONS) {
    for (const name of names.split(' ')) {
      patchMethod(undo, type!.prototype, name, (insert) => function (this: Node, ...nodes: Node[]) {
        nodes.forEach(scan)
        return insert.apply(this, nodes)
      })
    }
  }
  // innerHTML would insert (and start loading) before anything could look: the markup is
  // parsed into a detached element of the same kind first (same parsing; scripts from
  // innerHTML never run either way), checked, then moved in.
  patchAccessor(undo, Element.prototype, 'innerHTML', (set) => function (html) {
    const { localName, namespaceURI } = this
    // A template parses into its content, a custom element's constructor must not run twice.
    if (localName == 'template' || localName.includes('-') || !HOLDABLE_MARKUP.test(String(html))) return set.call(this, html)
    const box = document.createElementNS(namespaceURI, localName)
    set.call(box, html)
    scan(box)
    replaceChildren.apply(this, [...box.childNodes])
  })
}
