// The strings the UI shows: the English built-ins, their type (which every locale module
// fills in full), and the choice of language plus the merge of the site's overrides.

export interface NamedTexts {
  title?: string
  description?: string
}

/** Every string of the banner and the preferences dialog, in one language. */
export interface UITexts {
  title: string
  description: string
  acceptAll: string
  rejectAll: string
  preferences: string
  save: string
  close: string
  preferencesTitle: string
  preferencesDescription: string
  policyLink: string
  signalNotice: string
  /** Shown next to a required category, whose toggle is on and disabled. */
  alwaysOn: string
  download: string
  erase: string
  eraseConfirm: string
  failed: string
  /** The banner under an opt-out regime (SPEC section 10): a notice with a way to opt out. */
  noticeTitle: string
  noticeDescription: string
  /** The notice's `reject-all` button, and the preferences' under an opt-out regime. */
  optOut: string
  /** The way to the preferences under an opt-out regime, and their title there. */
  privacyChoices: string
  /** Shown in the preferences while the browser's Global Privacy Control is honoured. */
  optOutHonored: string
  categories: Record<string, NamedTexts>
  services: Record<string, NamedTexts>
}

/** What a site passes per language: any subset of the strings. */
export type UITextsOverride = Partial<Omit<UITexts, 'categories' | 'services'>> &
  Partial<Pick<UITexts, 'categories' | 'services'>>

export const english: UITexts = {
  title: 'Your privacy choices',
  description: 'We use cookies to run this site and, only if you agree, for analytics and ads. You can change this at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Preferences',
  save: 'Save choices',
  close: 'Close',
  preferencesTitle: 'Privacy preferences',
  preferencesDescription: 'Choose what you allow. You can change this at any time.',
  policyLink: 'Privacy policy',
  signalNotice: "We honour your browser's Do Not Track or GPC signal.",
  alwaysOn: 'Always on',
  download: 'Download my consent data',
  erase: 'Delete my consent data',
  eraseConfirm: 'Delete my consent data?',
  failed: 'That failed. Try again.',
  noticeTitle: 'Your privacy choices',
  noticeDescription: 'We and our partners use cookies and similar technologies for analytics and advertising. You can opt out of the sale and sharing of your personal information at any time.',
  optOut: 'Do Not Sell or Share My Personal Information',
  privacyChoices: 'Your Privacy Choices',
  optOutHonored: 'Opt-out request honored',
  categories: {
    necessary: { title: 'Necessary', description: 'Needed for the site to work.' },
    functional: { title: 'Functional', description: 'Extra features, such as chat or videos.' },
    analytics: { title: 'Analytics', description: 'Measure use of the site.' },
    marketing: { title: 'Marketing', description: 'Show and measure ads.' },
  },
  services: {},
}

/** Picks the first available language: the option, `<html lang>`, `navigator.languages`, then `en`.
 * A tag matches exactly or by its primary subtag (`de-AT` uses `de`). */
export function pickLanguage(available: string[], wanted: Array<string | undefined>): string {
  for (const tag of wanted) {
    for (const candidate of [tag, tag?.split('-')[0]]) {
      for (const language of available) if (language.toLowerCase() == candidate?.toLowerCase()) return language
    }
  }
  return 'en'
}

/** English built-ins, then the site's English overrides, then the chosen language; within
 * `categories` and `services`, name by name and field by field. */
export function mergeTexts(overrides: Record<string, UITextsOverride>, language: string): UITexts {
  const merged: Record<string, any> = { categories: {}, services: {} }
  // For English, its overrides are laid twice, to no effect.
  for (const layer of [english, overrides.en, overrides[language]] as Array<Record<string, any>>) {
    for (const key in layer) {
      const value = layer[key]
      if (typeof value == 'object') for (const name in value) merged[key][name] = { ...merged[key][name], ...value[name] }
      else merged[key] = value
    }
  }
  return merged as UITexts
}

/** A category's title: its text, else the name with a capital first letter. */
export const titleOf = (name: string, named?: NamedTexts): string =>
  named?.title || name[0].toUpperCase() + name.slice(1)
