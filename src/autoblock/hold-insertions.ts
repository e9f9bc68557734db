// Script-made elements: a URL set through the `src`/`href` properties or setAttribute is held
// at once (an image loads even when detached); anything inserted into the page is checked
// before the insertion, through every insertion method and innerHTML, outerHTML and
// insertAdjacentHTML (elements that got
// their URL otherwise: a template's clone, importNode, DOMParser).
import { patch } from './patches'
import { URL_ATTRIBUTE, urlAttribute, type Holder } from './held-elements'

const INSERTIONS: Array<[{ prototype: object } | undefined, string]> = [
  [Node, 'appendChild insertBefore replaceChild'],
  [Element, 'append prepend before after replaceWith replaceChildren insertAdjacentElement'],
  [CharacterData, 'before after replaceWith'],
  [DocumentFragment, 'append prepend replaceChildren'], // a shadow root is one
  [Range, 'insertNode'],
]
/** Markup insertion as the insertion method that puts the parsed nodes in the same place:
 * insertAdjacentHTML's positions, and the innerHTML and outerHTML setters. The first three
 * insert inside the element (it is the parsing context), the others beside it. */
const AS_METHOD: Record<string, 'prepend' | 'append' | 'replaceChildren' | 'before' | 'after' | 'replaceWith'> = {
  afterbegin: 'prepend', beforeend: 'append', innerhtml: 'replaceChildren',
  beforebegin: 'before', afterend: 'after', outerhtml: 'replaceWith',
}
const INSIDE = ['prepend', 'append', 'replaceChildren']
/** Markup that may hold an element autoblock holds. */
const HOLDABLE_MARKUP = /<(script|iframe|img|link)/i

export function holdInsertions({ hold, scan }: Holder): void {
  // A reflected URL property sets its content attribute: one path for both, setAttribute's.
  for (const tag in URL_ATTRIBUTE) {
    const attribute = URL_ATTRIBUTE[tag]
    patch(Object.getPrototypeOf(document.createElement(tag)), attribute,
      () => function (this: HTMLElement, value: unknown) {
        this.setAttribute(attribute, value as string)
      },
      // A held element still tells the page its URL.
      (get) => function (this: HTMLElement) {
        return this.dataset.assentHeld ? this.dataset.assentSrc : get.call(this)
      })
  }
  patch(Element.prototype, 'setAttribute', (setAttribute) => function (this: HTMLElement, name: string, value: unknown) {
    if (!(String(name).toLowerCase() == urlAttribute(this) && hold(this, name, value))) return setAttribute.apply(this, arguments)
  })
  for (const [type, names] of INSERTIONS) {
    for (const name of names.split(' ')) {
      patch(type!.prototype, name, (insert) => function (this: Node) {
        // Only an insertion into the page can load anything (a detached tree is checked when
        // it goes in). `arguments`, not a rest array: this runs on every insertion.
        if (this.isConnected !== false) for (let i = 0; i < arguments.length; i++) scan(arguments[i])
        return insert.apply(this, arguments)
      })
    }
  }
  // Markup would be inserted (and start loading) before anything could look: it is parsed
  // into a detached element of the context's kind first (the same parsing; scripts from markup
  // never run either way), checked, then moved in by the matching insertion method.
  const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!
  for (const key of ['innerHTML', 'outerHTML', 'insertAdjacentHTML']) {
    patch(Element.prototype, key, (original) => function (this: Element) {
      const [position, html] = key == 'insertAdjacentHTML' ? arguments : [key, arguments[0]]
      // An unknown position throws in the original, as it should.
      const method = AS_METHOD[String(position).toLowerCase()]
      const context = INSIDE.includes(method) ? this : this.parentElement
      // A template parses into its content, a custom element's constructor must not run again.
      if (!method || !context || /-|^template$/.test(context.localName) || !HOLDABLE_MARKUP.test(String(html))) return original.apply(this, arguments)
      const box = document.createElementNS(context.namespaceURI, context.localName)
      setHTML.call(box, html)
      scan(box)
      this[method](...box.childNodes)
    })
  }
}
