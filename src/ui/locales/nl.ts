// Dutch texts for assent/ui: `import nl from 'assent/ui/locales/nl'`, then `mountUI(consent, { texts: { nl } })`.
import type { UITexts } from '../texts'

const nl: UITexts = {
  title: 'Uw privacykeuzes',
  description: 'Wij gebruiken cookies en vergelijkbare technieken: sommige zijn nodig om de site te laten werken, andere alleen met uw toestemming, om het gebruik te meten of advertenties te tonen. U kunt uw keuze altijd wijzigen.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  preferences: 'Voorkeuren',
  save: 'Keuzes opslaan',
  close: 'Sluiten',
  preferencesTitle: 'Privacyvoorkeuren',
  preferencesDescription: 'Kies wat u toestaat. Alleen het noodzakelijke staat aan, tenzij u meer aanzet.',
  policyLink: 'Privacyverklaring',
  signalNotice: 'Uw browser vraagt om niet gevolgd te worden (DNT of GPC): wij respecteren dat en laten alles wat niet noodzakelijk is uit.',
  alwaysOn: 'Altijd aan',
  download: 'Mijn toestemmingsgegevens downloaden',
  erase: 'Mijn toestemmingsgegevens verwijderen',
  eraseConfirm: 'Alle voor deze browser bewaarde toestemmingen verwijderen?',
  failed: 'Dat is niet gelukt. Probeer het opnieuw.',
  noticeTitle: 'Uw privacykeuzes',
  noticeDescription: 'We gebruiken cookies om deze site te laten werken, voor statistieken en voor advertenties; dat kan gelden als verkoop of delen van persoonsgegevens. U kunt op elk moment bezwaar maken.',
  optOut: 'Mijn persoonsgegevens niet verkopen of delen',
  privacyChoices: 'Uw privacykeuzes',
  optOutHonored: 'Bezwaar gehonoreerd',
  categories: {
    necessary: { title: 'Noodzakelijk', description: 'Nodig om de site te laten werken en om deze keuze te onthouden.' },
    functional: { title: 'Functioneel', description: 'Extra functies zoals chat of ingesloten video’s.' },
    analytics: { title: 'Statistieken', description: 'Meten hoe de site wordt gebruikt, om hem te verbeteren.' },
    marketing: { title: 'Marketing', description: 'U relevante advertenties tonen en die meten.' },
  },
  services: {},
}

export default nl
