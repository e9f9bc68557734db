// Slovak texts for assent/ui: `import sk from 'assent/ui/locales/sk'`, then `mountUI(consent, { texts: { sk } })`.
import type { UITexts } from '../texts'

const sk: UITexts = {
  title: 'Vaše súkromie',
  description: 'Používame súbory cookie a podobné technológie: niektoré sú nevyhnutné na fungovanie webu, ostatné len s vaším súhlasom, na meranie návštevnosti alebo zobrazovanie reklamy. Svoju voľbu môžete kedykoľvek zmeniť.',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  preferences: 'Nastavenia',
  save: 'Uložiť voľbu',
  close: 'Zavrieť',
  preferencesTitle: 'Nastavenia súkromia',
  preferencesDescription: 'Vyberte, čo povolíte. Kým nezapnete nič ďalšie, je zapnuté len to nevyhnutné.',
  policyLink: 'Zásady ochrany osobných údajov',
  signalNotice: 'Váš prehliadač žiada, aby ste neboli sledovaní (DNT alebo GPC): rešpektujeme to a všetko okrem nevyhnutného ponechávame vypnuté.',
  alwaysOn: 'Vždy aktívne',
  download: 'Stiahnuť moje údaje o súhlase',
  erase: 'Vymazať moje údaje o súhlase',
  eraseConfirm: 'Vymazať všetky súhlasy uložené pre tento prehliadač?',
  failed: 'Nepodarilo sa to. Skúste to znova.',
  noticeTitle: 'Vaše súkromie',
  noticeDescription: 'My a naši partneri používame súbory cookie a podobné technológie na analytické a reklamné účely. Predaj a zdieľanie svojich osobných údajov môžete kedykoľvek odmietnuť.',
  optOut: 'Nepredávať ani nezdieľať moje osobné údaje',
  privacyChoices: 'Možnosti ochrany súkromia',
  optOutHonored: 'Vaše odmietnutie rešpektujeme',
  categories: {
    necessary: { title: 'Nevyhnutné', description: 'Potrebné na fungovanie webu a na zapamätanie tejto voľby.' },
    functional: { title: 'Funkčné', description: 'Ďalšie funkcie, napríklad chat alebo vložené videá.' },
    analytics: { title: 'Analytické', description: 'Merajú, ako sa web používa, aby sme ho mohli zlepšovať.' },
    marketing: { title: 'Marketingové', description: 'Zobrazujú vám relevantnú reklamu a merajú jej účinnosť.' },
  },
  services: {},
}

export default sk
