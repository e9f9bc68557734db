// <Consent name fallback>: its children once `name` is granted, else the fallback; with
// `placeholder`, a box that says what is blocked and offers to allow just that (the gate's
// placeholder markup, so the same `.assent-placeholder` CSS styles both).
import { createElement, useContext, type ReactNode } from 'react'
import { Context } from './context'
import { useGranted } from './hooks'

export interface PlaceholderTexts {
  /** `{name}` is the service or category. */
  blocked?: string
  allow?: string
}

export interface ConsentProps {
  /** A category or service. */
  name: string
  children?: ReactNode
  /** Shown until granted (default nothing). */
  fallback?: ReactNode
  /** An embed placeholder as the fallback: true for the English texts, or texts. */
  placeholder?: boolean | PlaceholderTexts
}

export function Consent({ name, children, fallback = null, placeholder }: ConsentProps) {
  const granted = useGranted(name)
  const { consent } = useContext(Context)
  if (granted) return children
  if (!placeholder) return fallback
  const { blocked = 'This content from {name} is blocked until you allow it.', allow = 'Allow {name}' } = placeholder === true ? {} : placeholder
  const fill = (template: string) => template.replaceAll('{name}', name)
  // Every current choice, plus `name` granted: allowing one embed must not change the others.
  const onClick = () => {
    if (!consent) return
    const choices: Record<string, boolean> = {}
    const { categories } = consent.config
    for (const category in categories) for (const key of [category, ...Object.keys(categories[category].services)]) choices[key] = category == name || key == name || consent.granted(key)
    consent.save(choices)
  }
  return createElement('div', { className: 'assent-placeholder', 'data-assent-blocked': name },
    createElement('p', null, fill(blocked)),
    createElement('button', { type: 'button', onClick }, fill(allow)))
}
