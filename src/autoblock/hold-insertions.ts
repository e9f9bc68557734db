// Script-made elements: a URL set through the `src`/`href` properties or setAttribute is held
// at once (an image loads even when detached); anything inserted into the page is checked
// before the insertion, through every insertion method and innerHTML (elements that got
// their URL otherwise: a template's clone, importNode, DOMParser).
import { patch, type Undo } from './patches'
import { urlAttribute, type Holder } from './held-elements'

const INSERTIONS: Array<[{ prototype: object } | undefined, string]> = [
  [Node, 'appendChild insertBefore replaceChild'],
  [Element, 'append prepend before after replaceWith replaceChildren insertAdjacentElement'],
  [CharacterData, 'before after replaceWith'],
  [DocumentFragment, 'append prepend replaceChildren'], // a shadow root is one
  [Range, 'insertNode'],
]
/** Markup that may hold an element autoblock holds. */
const HOLDABLE_MARKUP = /<(script|iframe|img|link)/i

export function holdInsertions(undo: Undo, { hold, scan }: Holder): void {
  // A reflected URL property sets its content attribute: one path for both, setAttribute's.
  for (const [type, attribute] of [[HTMLScriptElement, 'src'], [HTMLIFrameElement, 'src'], [HTMLImageElement, 'src'], [HTMLLinkElement, 'href']] as const) {
    patch(undo, type.prototype, attribute,
      () => function (this: HTMLElement, value: unknown) {
        this.setAttribute(attribute, value as string)
      },
      // A held element still tells the page its URL.
      (get) => function (this: HTMLElement) {
        return this.dataset.assentHeld ? this.dataset.assentSrc : get.call(this)
      })
  }
  patch(undo, Element.prototype, 'setAttribute', (setAttribute) => function (this: HTMLElement, name: string, value: unknown) {
    if (!(String(name).toLowerCase() == urlAttribute(this) && hold(this, name, value))) return setAttribute.apply(this, arguments)
  })
  const replaceChildren = Element.prototype.replaceChildren
  for (const [type, names] of INSERTIONS) {
    for (const name of names.split(' ')) {
      patch(undo, type!.prototype, name, (insert) => function (this: Node) {
        // Only an insertion into the page can load anything (a detached tree is checked when
        // it goes in). `arguments`, not a rest array: this runs on every insertion.
        if (this.isConnected !== false) for (let i = 0; i < arguments.length; i++) scan(arguments[i])
        return insert.apply(this, arguments)
      })
    }
  }
  // innerHTML would insert (and start loading) before anything could look: the markup is
  // parsed into a detached element of the same kind first (same parsing; scripts from
  // innerHTML never run either way), checked, then moved in.
  patch(undo, Element.prototype, 'innerHTML', (set) => function (this: Element, html: unknown) {
    const { localName, namespaceURI } = this
    // A template parses into its content, a custom element's constructor must not run twice.
    if (localName == 'template' || localName.includes('-') || !HOLDABLE_MARKUP.test(String(html))) return set.call(this, html)
    const box = document.createElementNS(namespaceURI, localName)
    set.call(box, html)
    scan(box)
    replaceChildren.apply(this, [...box.childNodes])
  })
}
