// Script-made elements: a URL set through the `src`/`href` properties or setAttribute is held
// at once (an image loads even when detached); anything inserted into the page is checked
// before the insertion, through every insertion method and innerHTML, outerHTML and
// insertAdjacentHTML (elements that got
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
/** insertAdjacentHTML's positions as insertion methods. */
const INSERT_AT: Record<string, 'before' | 'prepend' | 'append' | 'after'> = { beforebegin: 'before', afterbegin: 'prepend', beforeend: 'append', afterend: 'after' }
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
  // Markup would be inserted (and start loading) before anything could look: it is parsed
  // into a detached element of the context's kind first (the same parsing; scripts from markup
  // never run either way), checked, then moved in. Undefined when nothing needs holding.
  const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!
  const parse = (context: Element | null, html: unknown) => {
    // A template parses into its content, a custom element's constructor must not run again.
    if (!context || /-|^template$/.test(context.localName) || !HOLDABLE_MARKUP.test(String(html))) return
    const box = document.createElementNS(context.namespaceURI, context.localName)
    setHTML.call(box, html)
    scan(box)
    return [...box.childNodes]
  }
  patch(undo, Element.prototype, 'innerHTML', (set) => function (this: Element, html: unknown) {
    const nodes = parse(this, html)
    nodes ? replaceChildren.apply(this, nodes) : set.call(this, html)
  })
  patch(undo, Element.prototype, 'outerHTML', (set) => function (this: Element, html: unknown) {
    const nodes = parse(this.parentElement, html)
    nodes ? this.replaceWith(...nodes) : set.call(this, html)
  })
  patch(undo, Element.prototype, 'insertAdjacentHTML', (insertHTML) => function (this: Element, position: string, html: unknown) {
    const method = INSERT_AT[String(position).toLowerCase()]
    // An unknown position throws in the original, as it should.
    // prepend and append insert inside (the element is the context), before and after beside it.
    const nodes = method && parse(/end$/.test(method) ? this : this.parentElement, html)
    return nodes ? this[method](...nodes) : insertHTML.apply(this, arguments)
  })
}
