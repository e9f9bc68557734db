// `assent/gate`: elements marked `data-assent` wait for consent. On a grant (stored at start-up,
// or later) they are activated; elements added later anywhere in the page are caught by one
// MutationObserver; on a refusal the refused services' cookies and storage keys are deleted.
import type { Consent } from '../core/types'
import { activateElement } from './activate-element'
import { forgetRefused } from './forget-refused'
import { resolveGateOptions, type GateOptions } from './gate-options'
import { showPlaceholder } from './placeholder'
import { queueScript } from './script-queue'
import { isUnfinished } from '../shared/still-parsing'

export type { GateOptions, GateTexts } from './gate-options'

const GATED = '[data-assent]'

export function gate(consent: Consent, options: GateOptions = {}): () => void {
  const { reloadOnRevoke, texts, nonce: given } = resolveGateOptions(options)
  const nonce = given || (document.currentScript as HTMLScriptElement | null)?.nonce
  /** Elements already activated: a node the page moves or re-inserts never runs twice. */
  const done = new WeakSet<Element>()
  /** Names (service or category) whose elements were activated, for reloadOnRevoke. */
  const activated = new Set<string>()
  const placeholders = new Map<Element, () => void>()
  /** Scripts seen while the parser may still be adding their text. */
  const unfinished = new Set<HTMLScriptElement>()

  function handle(element: HTMLElement): void {
    const data = element.dataset
    const name = data.assentService || data.assent!
    if (done.has(element)) return
    if (!consent.granted(name)) {
      if ('assentPlaceholder' in data && !placeholders.has(element)) {
        placeholders.set(element, showPlaceholder(consent, element, data.assent!, name, texts))
      }
      return
    }
    if (element.localName == 'script') {
      if ((element as HTMLScriptElement).type != 'text/plain') return
      // Under a nonce CSP, a gated script without the page's nonce may be injected markup.
      if (nonce && element.nonce != nonce) return console.warn('assent: gated script without the page nonce', element)
      // A script that the parser may still be filling waits until it has moved past it. An
      // external one is whole once parsed (its src is an attribute), so its fetch starts at
      // once, unless an earlier script still waits (it keeps its place in the order).
      const external = element.getAttribute('src') || data.assentSrc
      if (!(external && !unfinished.size) && isUnfinished(element)) return void unfinished.add(element as HTMLScriptElement)
      queueScript(element as HTMLScriptElement)
    } else {
      activateElement(element)
    }
    done.add(element)
    activated.add(name)
    placeholders.get(element)?.()
    placeholders.delete(element)
  }

  /** Handles `root` and the gated elements inside it; text and comment nodes have neither. Kept
   * cheap for pages with thousands of mutations: a subtree query only for nodes with children. */
  const scan = (root: Node) => {
    if ((root as Element).matches?.(GATED)) handle(root as HTMLElement)
    if ((root as Element).firstElementChild) (root as Element).querySelectorAll<HTMLElement>(GATED).forEach(handle)
  }
  /** Hands the unfinished scripts to `handle` again (it keeps those still unfinished), before
   * anything parsed after them, so that they keep their place in the order. */
  const retryUnfinished = () => {
    const scripts = [...unfinished]
    unfinished.clear()
    scripts.forEach(handle)
  }
  const observer = new MutationObserver((records) => {
    retryUnfinished()
    records.forEach((record) => record.addedNodes.forEach(scan))
  })
  // The last script of a page has nothing after it: the end of parsing finishes it. The parser
  // sets readyState to 'interactive' as it stops, before deferred scripts and DOMContentLoaded,
  // so a last gated script runs where the page put it, not after those.
  document.addEventListener('readystatechange', retryUnfinished)
  // Only a decision refuses: an undecided visitor (first visit, expired record, a sibling
  // subdomain with its own decision) keeps cookies that another decision allowed.
  // A name that gate activated and that is no longer granted was revoked.
  const changed = () => {
    scan(document)
    if (consent.decided) forgetRefused(consent)
    if (reloadOnRevoke && [...activated].some((name) => !consent.granted(name))) location.reload()
  }
  changed()
  observer.observe(document, { childList: true, subtree: true })
  const unbind = consent.on('change', changed)
  return () => {
    observer.disconnect()
    unfinished.clear() // and so the readystatechange listener has nothing left to run
    unbind()
    placeholders.forEach((remove) => remove())
  }
}
