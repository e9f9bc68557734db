// Croatian texts for assent/ui: `import hr from 'assent/ui/locales/hr'`, then `mountUI(consent, { texts: { hr } })`.
import type { UITexts } from '../texts'

const hr: UITexts = {
  title: 'Vaša privatnost',
  description: 'Koristimo kolačiće i slične tehnologije: neki su nužni za rad stranice, a ostali samo uz vašu privolu, za mjerenje posjećenosti ili prikaz oglasa. Svoj izbor možete promijeniti u bilo kojem trenutku.',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  preferences: 'Postavke',
  save: 'Spremi odabir',
  close: 'Zatvori',
  preferencesTitle: 'Postavke privatnosti',
  preferencesDescription: 'Odaberite što dopuštate. Dok ne uključite još nešto, uključeno je samo ono nužno.',
  policyLink: 'Politika privatnosti',
  signalNotice: 'Vaš preglednik traži da vas se ne prati (DNT ili GPC): to poštujemo i sve što nije nužno ostavljamo isključeno.',
  alwaysOn: 'Uvijek aktivni',
  download: 'Preuzmi moje podatke o privoli',
  erase: 'Izbriši moje podatke o privoli',
  eraseConfirm: 'Izbrisati sve privole spremljene za ovaj preglednik?',
  failed: 'Nije uspjelo. Pokušajte ponovno.',
  noticeTitle: 'Vaša privatnost',
  noticeDescription: 'Mi i naši partneri koristimo kolačiće i slične tehnologije za analitiku i oglašavanje. U svakom trenutku možete se usprotiviti prodaji i dijeljenju svojih osobnih podataka.',
  optOut: 'Nemojte prodavati ni dijeliti moje osobne podatke',
  privacyChoices: 'Vaši odabiri privatnosti',
  optOutHonored: 'Vaš prigovor je uvažen',
  categories: {
    necessary: { title: 'Nužni', description: 'Potrebni za rad stranice i za pamćenje ovog izbora.' },
    functional: { title: 'Funkcionalni', description: 'Dodatne mogućnosti poput chata ili ugrađenih videozapisa.' },
    analytics: { title: 'Analitički', description: 'Mjere kako se stranica koristi kako bismo je poboljšali.' },
    marketing: { title: 'Marketinški', description: 'Prikazuju vam relevantne oglase i mjere njihov učinak.' },
  },
  services: {},
}

export default hr
