// The frame both layers share: a close button that decides nothing, a title, a text, the
// policy link and a row of buttons of one element and class (equal prominence). The first
// layer (the banner, built in index.ts) offers accept all, reject all and the way to the
// preferences.
import { element, safeLink, type Child } from './element'
import type { UITexts } from './texts'
import type { Consent } from '../core/types'

/** A row of buttons, by space-separated action names; each shows the text of the same name
 * in camelCase (`accept-all` shows `acceptAll`). */
export const actions = (texts: UITexts, names: string) =>
  element('span', {}, ...names.split(' ').map((name) =>
    element('button', { 'data-assent-action': name }, texts[name.replace('-a', 'A') as 'save'])))

export function layer<K extends 'div' | 'dialog'>(
  consent: Consent, tag: K, attributes: Record<string, string>, texts: UITexts,
  title: string, description: string, names: string, ...middle: Child[]
) {
  const link = safeLink(consent.config.policy.url, texts.policyLink)
  return element(tag, { 'aria-label': title, ...attributes },
    element('button', { 'data-assent-action': 'close', class: 'x', 'aria-label': texts.close }, '×'),
    element('h2', {}, title),
    element('p', {}, description),
    ...middle,
    link && element('p', {}, link),
    actions(texts, names))
}
