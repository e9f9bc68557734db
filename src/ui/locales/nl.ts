// Dutch texts for assent/ui: `import nl from 'assent/ui/locales/nl'`, then `mountUI(consent, { texts: { nl } })`.
import type { UITexts } from '../texts'

const nl: UITexts = {
  title: 'Jouw privacykeuzes',
  description: 'Wij gebruiken cookies en vergelijkbare technieken: sommige zijn nodig om de site te laten werken, andere alleen met jouw toestemming, om het gebruik te meten of advertenties te tonen. Je kunt je keuze altijd wijzigen.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  preferences: 'Voorkeuren',
  save: 'Keuzes opslaan',
  close: 'Sluiten',
  preferencesTitle: 'Privacyvoorkeuren',
  preferencesDescription: 'Kies wat je toestaat. Alleen het noodzakelijke staat aan, tenzij je meer aanzet.',
  policyLink: 'Privacyverklaring',
  signalNotice: 'Je browser vraagt om je niet te volgen (DNT of GPC): dat respecteren we, dus alles wat niet noodzakelijk is, blijft uit.',
  alwaysOn: 'Altijd aan',
  download: 'Mijn toestemmingsgegevens downloaden',
  erase: 'Mijn toestemmingsgegevens verwijderen',
  eraseConfirm: 'Alle voor deze browser bewaarde toestemmingen verwijderen?',
  failed: 'Dat is niet gelukt. Probeer het opnieuw.',
  noticeTitle: 'Jouw privacykeuzes',
  noticeDescription: 'Wij en onze partners gebruiken cookies en vergelijkbare technieken voor statistieken en advertenties. Je kunt op elk moment bezwaar maken tegen de verkoop en het delen van je persoonsgegevens.',
  optOut: 'Mijn persoonsgegevens niet verkopen of delen',
  privacyChoices: 'Jouw privacykeuzes',
  optOutHonored: 'Je bezwaar is verwerkt',
  categories: {
    necessary: { title: 'Noodzakelijk', description: 'Nodig om de site te laten werken en om deze keuze te onthouden.' },
    functional: { title: 'Functioneel', description: 'Extra functies zoals chat of ingesloten video’s.' },
    analytics: { title: 'Statistieken', description: 'Meten hoe de site wordt gebruikt, om hem te verbeteren.' },
    marketing: { title: 'Marketing', description: 'Je relevante advertenties tonen en die meten.' },
  },
  services: {},
}

export default nl
