// A blocked embed with `data-assent-placeholder` is hidden behind a box that says what is
// blocked and offers to allow just that service (or category). `{name}` is the service's
// config `name` (a catalogue entry's "YouTube"), else its key; the text is the attribute's,
// else the service's `description` (what loading it shares), else `blocked`. Built with
// textContent only;
// styled by the site through the `assent-placeholder` class (see docs/gate.md).
import type { Consent } from '../core/types'
import type { GateTexts } from './gate-options'
import { element as make } from '../shared/element'

/** Shows the placeholder before `element`; the returned function removes it again. */
export function showPlaceholder(consent: Consent, element: HTMLElement, name: string, texts: GateTexts): () => void {
  const { categories } = consent.config
  const service = categories[element.dataset.assent!]?.services[name]
  const fill = (template: string) => template.replaceAll('{name}', service?.name || name)
  const box = make('div', { class: 'assent-placeholder', 'data-assent-blocked': name }, make('p', {}, element.dataset.assentPlaceholder || service?.description || fill(texts.blocked)), make('button', { type: 'button' }, fill(texts.allow)))
  // Every current choice, plus `name` granted: allowing one embed must not change the others.
  // Allowing a whole category takes its services along.
  ;(box.lastChild as HTMLElement).onclick = () => {
    const choices: Record<string, boolean> = {}
    for (const category in categories) for (const key of [category, ...Object.keys(categories[category].services)]) choices[key] = category == name || key == name || consent.granted(key)
    consent.save(choices)
  }
  element.before(box)
  element.hidden = true
  return () => {
    box.remove()
    element.hidden = false
  }
}
