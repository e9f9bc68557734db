// Latvian texts for assent/ui: `import lv from 'assent/ui/locales/lv'`, then `mountUI(consent, { texts: { lv } })`.
import type { UITexts } from '../texts'

const lv: UITexts = {
  title: 'Jūsu privātuma izvēles',
  description: 'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas: dažas ir nepieciešamas vietnes darbībai, citas – tikai ar Jūsu piekrišanu, lai mērītu apmeklējumu vai rādītu reklāmas. Savu izvēli varat mainīt jebkurā laikā.',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  preferences: 'Iestatījumi',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  preferencesTitle: 'Privātuma iestatījumi',
  preferencesDescription: 'Izvēlieties, ko atļaujat. Kamēr neieslēdzat ko vairāk, ieslēgtas ir tikai nepieciešamās sīkdatnes.',
  policyLink: 'Privātuma politika',
  signalNotice: 'Jūsu pārlūks lūdz Jūs neizsekot (DNT vai GPC): mēs to ievērojam un atstājam izslēgtu visu, kas nav nepieciešams.',
  alwaysOn: 'Vienmēr ieslēgtas',
  download: 'Lejupielādēt manus piekrišanas datus',
  erase: 'Dzēst manus piekrišanas datus',
  eraseConfirm: 'Vai dzēst visas šajā pārlūkā saglabātās piekrišanas?',
  failed: 'Neizdevās. Lūdzu, mēģiniet vēlreiz.',
  noticeTitle: 'Jūsu privātuma izvēles',
  noticeDescription: 'Mēs un mūsu partneri izmantojam sīkdatnes un līdzīgas tehnoloģijas analītikai un reklāmai. Jūs jebkurā laikā varat atteikties no savu personas datu pārdošanas un kopīgošanas.',
  optOut: 'Nepārdot un nekopīgot manus personas datus',
  privacyChoices: 'Jūsu privātuma izvēles',
  optOutHonored: 'Jūsu atteikums ir ievērots',
  categories: {
    necessary: { title: 'Nepieciešamās', description: 'Vajadzīgas vietnes darbībai un šīs izvēles atcerēšanai.' },
    functional: { title: 'Funkcionālās', description: 'Papildu funkcijas, piemēram, tērzēšana vai iegulti video.' },
    analytics: { title: 'Analītiskās', description: 'Mēra, kā vietne tiek izmantota, lai to uzlabotu.' },
    marketing: { title: 'Mārketinga', description: 'Rāda Jums piemērotas reklāmas un mēra to efektivitāti.' },
  },
  services: {},
}

export default lv
