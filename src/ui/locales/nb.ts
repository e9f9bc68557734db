// Norwegian Bokmål texts for assent/ui: `import nb from 'assent/ui/locales/nb'`, then `mountUI(consent, { texts: { nb } })`.
import type { UITexts } from '../texts'

const nb: UITexts = {
  title: 'Dine personvernvalg',
  description: 'Vi bruker informasjonskapsler (cookies) og lignende teknologier: noen er nødvendige for at nettstedet skal fungere, andre bruker vi bare med ditt samtykke, for å måle bruken eller vise annonser. Du kan når som helst endre valget ditt.',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  preferences: 'Innstillinger',
  save: 'Lagre valg',
  close: 'Lukk',
  preferencesTitle: 'Personvern\u00adinnstillinger',
  preferencesDescription: 'Velg hva du tillater. Bare det nødvendige er slått på, med mindre du slår på mer.',
  policyLink: 'Personvernerklæring',
  signalNotice: 'Nettleseren din ber om ikke å bli sporet (DNT eller GPC): det respekterer vi, og alt som ikke er nødvendig, forblir slått av.',
  alwaysOn: 'Alltid på',
  download: 'Last ned samtykkedataene mine',
  erase: 'Slett samtykkedataene mine',
  eraseConfirm: 'Vil du slette alle samtykker som er lagret for denne nettleseren?',
  failed: 'Det gikk ikke. Prøv igjen.',
  noticeTitle: 'Dine personvernvalg',
  noticeDescription: 'Vi og våre partnere bruker informasjonskapsler og lignende teknologier til analyse og markedsføring. Du kan når som helst reservere deg mot salg og deling av personopplysningene dine.',
  optOut: 'Ikke selg eller del personopplysningene mine',
  privacyChoices: 'Dine personvernvalg',
  optOutHonored: 'Reservasjonen din respekteres',
  categories: {
    necessary: { title: 'Nødvendige', description: 'Trengs for at nettstedet skal fungere og for å huske dette valget.' },
    functional: { title: 'Funksjonelle', description: 'Ekstra funksjoner, som chat eller innebygde videoer.' },
    analytics: { title: 'Statistikk', description: 'Måler hvordan nettstedet brukes, slik at vi kan forbedre det.' },
    marketing: { title: 'Markedsføring', description: 'Viser deg relevante annonser og måler effekten av dem.' },
  },
  services: {},
}

export default nb
