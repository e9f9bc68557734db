// Lithuanian texts for assent/ui: `import lt from 'assent/ui/locales/lt'`, then `mountUI(consent, { texts: { lt } })`.
import type { UITexts } from '../texts'

const lt: UITexts = {
  title: 'Jūsų privatumo pasirinkimai',
  description: 'Naudojame slapukus ir panašias technologijas: kai kurie būtini, kad svetainė veiktų, kitus naudojame tik gavę jūsų sutikimą – lankomumui matuoti ar reklamai rodyti. Savo pasirinkimą galite bet kada pakeisti.',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  preferences: 'Nustatymai',
  save: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti',
  preferencesTitle: 'Privatumo nustatymai',
  preferencesDescription: 'Pasirinkite, ką leidžiate. Kol nieko daugiau neįjungsite, veikia tik būtinieji slapukai.',
  policyLink: 'Privatumo politika',
  signalNotice: 'Jūsų naršyklė prašo jūsų nesekti (DNT arba GPC): to paisome ir paliekame išjungta viską, kas nėra būtina.',
  alwaysOn: 'Visada įjungti',
  download: 'Atsisiųsti mano sutikimų duomenis',
  erase: 'Ištrinti mano sutikimų duomenis',
  eraseConfirm: 'Ištrinti visus šioje naršyklėje išsaugotus sutikimus?',
  failed: 'Nepavyko. Bandykite dar kartą.',
  noticeTitle: 'Jūsų privatumo pasirinkimai',
  noticeDescription: 'Mes ir mūsų partneriai naudojame slapukus ir panašias technologijas analitikai ir reklamai. Bet kada galite nesutikti, kad jūsų asmens duomenys būtų parduodami ar jais būtų dalijamasi.',
  optOut: 'Neparduoti ir nesidalyti mano asmens duomenimis',
  privacyChoices: 'Jūsų privatumo pasirinkimai',
  optOutHonored: 'Jūsų prieštaravimo paisoma',
  categories: {
    necessary: { title: 'Būtinieji', description: 'Reikalingi, kad svetainė veiktų ir įsimintų šį pasirinkimą.' },
    functional: { title: 'Funkciniai', description: 'Papildomos funkcijos, pvz., pokalbiai ar įterpti vaizdo įrašai.' },
    analytics: { title: 'Analitiniai', description: 'Matuoja, kaip naudojamasi svetaine, kad galėtume ją tobulinti.' },
    marketing: { title: 'Rinkodaros', description: 'Rodo jums aktualias reklamas ir matuoja jų veiksmingumą.' },
  },
  services: {},
}

export default lt
