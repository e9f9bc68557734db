// The first layer: accept all, reject all and the way to the preferences, as three buttons
// of one class (equal prominence), plus a close button that decides nothing.
import { element, safeLink } from './element'
import type { UITexts } from './texts'
import type { UILayout } from './options'

export const action = (name: string, text: string, extra: Record<string, string> = {}) =>
  element('button', { 'data-assent-action': name, ...extra }, text)

export const closeButton = (texts: UITexts) => action('close', '×', { class: 'x', 'aria-label': texts.close })

export function buildBanner(texts: UITexts, layout: UILayout, policyUrl: string | undefined): HTMLElement {
  const modal = layout == 'modal'
  const link = safeLink(policyUrl, texts.policyLink)
  // A bar or box is a landmark in the top layer (popover); the modal layout is a modal dialog.
  return element(modal ? 'dialog' : 'div', {
    class: 'b ' + layout,
    'data-assent-banner': '',
    'aria-label': texts.title,
    ...(modal ? {} : { role: 'region', popover: 'manual' }),
  },
  closeButton(texts),
  element('h2', {}, texts.title),
  element('p', {}, texts.description, link && ' ', link),
  element('div', { class: 'a' },
    action('accept-all', texts.acceptAll),
    action('reject-all', texts.rejectAll),
    action('preferences', texts.preferences)))
}
