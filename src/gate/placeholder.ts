// A blocked embed with `data-assent-placeholder` is replaced, in its box, by a placeholder that
// names the service (its config `name`), says what loading it shares (the service's
// `description`, else the `blocked` text), offers to allow just that service (or category),
// and opens the preferences (a `data-assent-open` button: the UI, or the site's own opener,
// listens for it; gate does not know the UI). Built with textContent only; the default look is
// placeholder-styles.ts, the box placeholder-box.ts (docs/gate.md).
import type { Consent } from '../core/types'
import type { GateTexts } from './gate-options'
import { element as make } from '../shared/element'
import { keepBox } from './placeholder-box'
import { adoptPlaceholderStyles } from './placeholder-styles'

/** Shows the placeholder in place of `element`; the returned function removes it again. */
export function showPlaceholder(consent: Consent, element: HTMLElement, category: string, name: string, texts: GateTexts): () => void {
  const { categories } = consent.config
  const service = categories[category]?.services[name]
  // The UI's title for a name without one: a capital first letter.
  const title = service?.name || name[0].toUpperCase() + name.slice(1)
  const fill = (template: string) => template.replaceAll('{name}', title)
  const allow = make('button', { type: 'button' }, fill(texts.allow))
  const box = make('div', { class: 'assent-placeholder', 'data-assent-blocked': name },
    make('strong', {}, title),
    make('p', {}, element.dataset.assentPlaceholder || service?.description || fill(texts.blocked)),
    allow,
    texts.preferences && make('button', { type: 'button', 'data-assent-open': '' }, texts.preferences))
  // Every current choice, plus `name` granted: allowing one embed must not change the others.
  // Allowing a whole category takes its services along.
  allow.onclick = () => {
    const choices: Record<string, boolean> = {}
    for (const category in categories) for (const key of [category, ...Object.keys(categories[category].services)]) choices[key] = category == name || key == name || consent.granted(key)
    consent.save(choices)
  }
  adoptPlaceholderStyles()
  const show = keepBox(element, box)
  element.before(box)
  return () => {
    box.remove()
    show()
  }
}
