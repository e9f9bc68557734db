// A blocked embed with `data-assent-placeholder` is hidden behind a box that says what is
// blocked and offers to allow just that service (or category). Built with textContent only;
// styled by the site through the `assent-placeholder` class (see docs/gate.md).
import type { Consent } from '../core/types'
import type { GateTexts } from './gate-options'
import { element as make } from '../shared/element'

/** Every current choice, plus `name` granted: allowing one embed must not change the others. */
function choicesAllowing(consent: Consent, name: string): Record<string, boolean> {
  const choices: Record<string, boolean> = {}
  const { categories } = consent.config
  for (const category in categories) {
    choices[category] = consent.granted(category)
    // Allowing a whole category takes its services along.
    if (category != name) for (const service in categories[category].services) choices[service] = consent.granted(service)
  }
  choices[name] = true
  return choices
}

/** Shows the placeholder before `element`; the returned function removes it again. */
export function showPlaceholder(consent: Consent, element: HTMLElement, name: string, texts: GateTexts): () => void {
  const fill = (template: string) => template.replace(/\{name\}/g, name)
  const button = make('button', { type: 'button' }, fill(texts.allow))
  button.onclick = () => consent.save(choicesAllowing(consent, name))
  const box = make('div', { class: 'assent-placeholder', 'data-assent-blocked': name }, make('p', {}, element.getAttribute('data-assent-placeholder') || fill(texts.blocked)), button)
  element.before(box)
  element.hidden = true
  return () => {
    box.remove()
    element.hidden = false
  }
}
