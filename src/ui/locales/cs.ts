// Czech texts for assent/ui: `import cs from 'assent/ui/locales/cs'`, then `mountUI(consent, { texts: { cs } })`.
import type { UITexts } from '../texts'

const cs: UITexts = {
  title: 'Vaše soukromí',
  description: 'Používáme soubory cookie a podobné technologie: některé jsou nezbytné pro fungování webu, ostatní jen s vaším souhlasem, k měření návštěvnosti nebo zobrazování reklamy. Svou volbu můžete kdykoli změnit.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  preferences: 'Nastavení',
  save: 'Uložit volbu',
  close: 'Zavřít',
  preferencesTitle: 'Nastavení soukromí',
  preferencesDescription: 'Vyberte, co povolíte. Dokud nezapnete nic dalšího, je zapnuto jen to nezbytné.',
  policyLink: 'Zásady ochrany osobních údajů',
  signalNotice: 'Váš prohlížeč žádá, abyste nebyli sledováni (DNT nebo GPC): respektujeme to a vše kromě nezbytného necháváme vypnuté.',
  alwaysOn: 'Vždy aktivní',
  download: 'Stáhnout mé údaje o souhlasu',
  erase: 'Smazat mé údaje o souhlasu',
  eraseConfirm: 'Smazat všechny souhlasy uložené pro tento prohlížeč?',
  failed: 'Nepodařilo se to. Zkuste to prosím znovu.',
  noticeTitle: 'Vaše soukromí',
  noticeDescription: 'My a naši partneři používáme soubory cookie a podobné technologie k analýze a reklamě. Prodej a sdílení svých osobních údajů můžete kdykoli odmítnout.',
  optOut: 'Neprodávat ani nesdílet mé osobní údaje',
  privacyChoices: 'Možnosti ochrany soukromí',
  optOutHonored: 'Vaše odmítnutí respektujeme',
  categories: {
    necessary: { title: 'Nezbytné', description: 'Potřebné pro fungování webu a k zapamatování této volby.' },
    functional: { title: 'Funkční', description: 'Další funkce, jako je chat nebo vložená videa.' },
    analytics: { title: 'Analytické', description: 'Měří, jak se web používá, abychom ho mohli zlepšovat.' },
    marketing: { title: 'Marketingové', description: 'Zobrazují vám relevantní reklamu a měří její účinek.' },
  },
  services: {},
}

export default cs
