// The second layer: every category with its description, its services and their toggles,
// nothing ticked that the visitor did not grant, required ones on and disabled.
import { action, closeButton } from './banner'
import { element, safeLink } from './element'
import { titleOf, type NamedTexts, type UITexts } from './texts'
import type { Consent } from '../core/types'

function toggle(kind: 'category' | 'service', name: string, named: NamedTexts | undefined, on: boolean, required: boolean, note?: string) {
  const input = element('input', { type: 'checkbox', name, ['data-assent-' + kind]: name })
  input.checked = on
  input.disabled = required
  return element('label', {}, input, titleOf(name, named), note && element('small', {}, note))
}

const description = (named: NamedTexts | undefined) => named?.description && element('p', {}, named.description)

export function buildPreferences(consent: Consent, texts: UITexts, endpoint: string | undefined): HTMLDialogElement {
  const { categories, policy } = consent.config
  const link = safeLink(policy.url, texts.policyLink)
  const sections = Object.entries(categories).map(([name, { required, services }]) =>
    element('section', { class: 'c' },
      toggle('category', name, texts.categories[name], consent.granted(name), required, required ? texts.alwaysOn : undefined),
      description(texts.categories[name]),
      Object.keys(services)[0] && element('ul', {}, ...Object.keys(services).map((service) =>
        element('li', {}, toggle('service', service, texts.services[service], consent.granted(service), required), description(texts.services[service]))))))
  const rights = endpoint && consent.record && element('div', { class: 'a' },
    action('download', texts.download),
    action('erase', texts.erase))
  const dialog = element('dialog', { class: 'p', 'data-assent-preferences': '', 'aria-label': texts.preferencesTitle },
    closeButton(texts),
    element('h2', {}, texts.preferencesTitle),
    element('p', {}, texts.preferencesDescription),
    consent.signalHonored && element('p', {}, texts.signalNotice),
    ...sections,
    link && element('p', {}, link),
    element('div', { class: 'a' },
      action('accept-all', texts.acceptAll),
      action('reject-all', texts.rejectAll),
      action('save', texts.save)),
    rights,
    element('p', { role: 'status' }))
  // Turning a category on or off turns its services with it; a service alone stays free.
  dialog.onchange = (event) => {
    const input = event.target as HTMLInputElement
    if (input.dataset.assentCategory) {
      for (const service of input.closest('section')!.querySelectorAll<HTMLInputElement>('[data-assent-service]')) service.checked = input.checked
    }
  }
  return dialog
}

/** The dialog's toggles as `save()` choices: a category on takes its services along, unless one is off. */
export const readChoices = (dialog: Element): Record<string, boolean> =>
  Object.fromEntries([...dialog.querySelectorAll('input')].map((input) => [input.name, input.checked]))
