// Danish texts for assent/ui: `import da from 'assent/ui/locales/da'`, then `mountUI(consent, { texts: { da } })`.
import type { UITexts } from '../texts'

const da: UITexts = {
  title: 'Dine privatlivs\u00adindstillinger',
  description: 'Vi bruger cookies og lignende teknologier: nogle er nødvendige, for at hjemmesiden kan fungere, andre bruger vi kun med dit samtykke til at måle brugen eller vise annoncer. Du kan til enhver tid ændre dit valg.',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  preferences: 'Indstillinger',
  save: 'Gem valg',
  close: 'Luk',
  preferencesTitle: 'Privatlivs\u00adindstillinger',
  preferencesDescription: 'Vælg, hvad du tillader. Kun det nødvendige er slået til, medmindre du slår mere til.',
  policyLink: 'Privatlivspolitik',
  signalNotice: 'Din browser beder om ikke at blive sporet (DNT eller GPC): det respekterer vi, og alt, der ikke er nødvendigt, forbliver slået fra.',
  alwaysOn: 'Altid slået til',
  download: 'Download mine samtykkedata',
  erase: 'Slet mine samtykkedata',
  eraseConfirm: 'Vil du slette alle samtykker, der er gemt i denne browser?',
  failed: 'Det lykkedes ikke. Prøv igen.',
  noticeTitle: 'Dine privatlivsvalg',
  noticeDescription: 'Vi og vores partnere bruger cookies og lignende teknologier til statistik og markedsføring. Du kan til enhver tid fravælge salg og deling af dine personoplysninger.',
  optOut: 'Sælg eller del ikke mine personoplysninger',
  privacyChoices: 'Dine privatlivsvalg',
  optOutHonored: 'Dit fravalg respekteres',
  categories: {
    necessary: { title: 'Nødvendige', description: 'Kræves, for at hjemmesiden fungerer, og for at huske dette valg.' },
    functional: { title: 'Funktionelle', description: 'Ekstra funktioner som chat eller indlejrede videoer.' },
    analytics: { title: 'Statistik', description: 'Måler, hvordan hjemmesiden bruges, så vi kan forbedre den.' },
    marketing: { title: 'Marketing', description: 'Viser dig relevante annoncer og måler dem.' },
  },
  services: {},
}

export default da
