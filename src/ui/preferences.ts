// The second layer: every category with its description, its services and their toggles,
// nothing ticked that the visitor did not grant, required ones on and disabled.
import { actions, layer } from './banner'
import { element } from './element'
import { titleOf, type NamedTexts, type UITexts } from './texts'
import type { Consent } from '../core/types'

export function buildPreferences(consent: Consent, texts: UITexts, endpoint: string | undefined): HTMLDialogElement {
  // One toggle with its title (and note), then its description.
  const row = (named: NamedTexts | undefined, kind: string, name: string, required: boolean, note?: string | false) => {
    // A switch (ARIA `switch` on a checkbox): on or off, its knob's side shows which.
    const input = element('input', { type: 'checkbox', role: 'switch', name, ['data-assent-' + kind]: name })
    input.checked = consent.granted(name)
    input.disabled = required
    return [
      element('label', {}, input, titleOf(name, named), note && element('small', {}, ' ' + note)),
      named?.description && element('p', {}, named.description),
    ]
  }
  const dialog = layer(consent, 'dialog', { 'data-assent-preferences': '' }, texts,
    texts.preferencesTitle, texts.preferencesDescription, 'accept-all reject-all save',
    consent.signalHonored && element('p', {}, texts.signalNotice),
    // The display of an honoured GPC that California's regulations ask for (11 CCR 7025(c)(6)),
    // while the signal's refusal is the decision in force.
    consent.record?.source == 'signal' && consent.signals.globalPrivacyControl && consent.config.honorGlobalPrivacyControl && element('p', { 'data-assent-gpc': '' }, texts.optOutHonored),
    ...Object.entries(consent.config.categories).map(([name, { required, services }]) => {
      // A catalogue entry's name and description are the English defaults; the site's texts win.
      const rows = Object.entries(services).map(([service, { name: title, description }]) =>
        element('li', {}, ...row({ title, description, ...texts.services[service] }, 'service', service, required)))
      // The services fold away under their names, so that the categories stay one short list.
      const section = element('section', {}, ...row(texts.categories[name], 'category', name, required, required && texts.alwaysOn),
        rows[0] && element('details', {}, element('summary', {}, rows.map((li) => li.querySelector('label')!.textContent).join(', ')), element('ul', {}, ...rows)))
      // Turning a category on or off turns its services with it; a service alone stays free.
      section.onchange = ({ target }) => {
        if ((target as HTMLInputElement).name == name) for (const input of section.querySelectorAll('input')) input.checked = (target as HTMLInputElement).checked
      }
      return section
    }))
  // The status line tells of a failed data request.
  if (endpoint && consent.record) dialog.append(actions(texts, 'download erase'), element('p', { role: 'status' }))
  return dialog
}

/** The dialog's toggles as `save()` choices: a category on takes its services along, unless one is off. */
export const readChoices = (dialog: Element): Record<string, boolean> =>
  Object.fromEntries([...dialog.querySelectorAll('input')].map((input) => [input.name, input.checked]))
