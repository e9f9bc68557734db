// Script-made elements: a URL set through the `src`/`href` properties or setAttribute is held
// at once (an image loads even when detached); anything inserted into the page is checked
// before the insertion, through every insertion method and innerHTML, outerHTML and
// insertAdjacentHTML (elements that got their URL otherwise: a template's clone, importNode,
// DOMParser).
import { patch } from './patches'
import { hold, scan, urlAttribute } from './held-elements'

const INSERTIONS: Array<[{ prototype: object }, string]> = [
  [Node, 'appendChild insertBefore replaceChild'],
  [Element, 'append prepend before after replaceWith replaceChildren insertAdjacentElement'],
  [CharacterData, 'before after replaceWith'],
  [DocumentFragment, 'append prepend replaceChildren'], // a shadow root is one
  [Range, 'insertNode'],
]
/** Markup insertion as the insertion method that puts the parsed nodes in the same place:
 * insertAdjacentHTML's positions, and the innerHTML and outerHTML setters, each followed by
 * its method. The first three insert inside the element (it is the parsing context), the
 * others beside it. */
const AS_METHOD = 'afterbegin prepend beforeend append innerhtml replaceChildren beforebegin before afterend after outerhtml replaceWith'.split(' ')

export function holdInsertions(): void {
  // A reflected URL property sets its content attribute: one path for both, setAttribute's.
  for (const tag of ['script', 'iframe', 'img', 'link']) {
    const attribute = urlAttribute(tag) as string
    patch(Object.getPrototypeOf(document.createElement(tag)), attribute, ({ get }) => ({
      set(this: HTMLElement, value: string) {
        this.setAttribute(attribute, value)
      },
      // A held element still tells the page its URL.
      get(this: HTMLElement) {
        return (this.dataset.assentHeld && this.dataset.assentSrc) || get!.call(this)
      },
    }))
  }
  patch(Element.prototype, 'setAttribute', ({ value: setAttribute }) => ({
    value(this: HTMLElement, name: string, value: unknown) {
      if (!(String(name).toLowerCase() == urlAttribute(this.localName) && hold(this, name, value))) setAttribute.apply(this, arguments)
    },
  }))
  /** Element's unpatched insertion methods, for the markup below: its nodes are checked. */
  const unchecked: Record<string, Function> = {}
  for (const [type, names] of INSERTIONS) {
    for (const name of names.split(' ')) {
      patch(type.prototype, name, ({ value: insert }) => {
        if (type == Element) unchecked[name] = insert
        return {
          value(this: Node) {
            // Only an insertion into the page can load anything (a detached tree is checked
            // when it goes in). `arguments`, not a rest array: this runs on every insertion.
            if (this.isConnected !== false) for (let i = 0; i < arguments.length; i++) scan(arguments[i])
            return insert.apply(this, arguments)
          },
        }
      })
    }
  }
  // Markup would be inserted (and start loading) before anything could look: it is parsed
  // into a detached element of the context's kind first (the same parsing; scripts from markup
  // never run either way), checked, then moved in by the matching insertion method.
  const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!
  for (const key of ['innerHTML', 'outerHTML', 'insertAdjacentHTML']) {
    patch(Element.prototype, key, ({ value, set }) => ({
      // The setters' argument is the markup; insertAdjacentHTML's the position, then the markup.
      [value ? 'value' : 'set'](this: Element, position: string, html = position) {
        if (!value) position = key
        // An unknown position throws in the original, as it should.
        const at = AS_METHOD.indexOf(String(position).toLowerCase())
        const context = at < 6 ? this : this.parentElement
        // A template parses into its content, a custom element's constructor must not run again.
        if (at < 0 || at % 2 || !context || /-|^template$/.test(context.localName) || !/<(script|iframe|img|link)/i.test(html)) return (value || set).apply(this, arguments)
        const box = document.createElementNS(context.namespaceURI, context.localName)
        setHTML.call(box, html)
        scan(box)
        unchecked[AS_METHOD[at + 1]].apply(this, box.childNodes)
      },
    }))
  }
}
