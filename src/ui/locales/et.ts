// Estonian texts for assent/ui: `import et from 'assent/ui/locales/et'`, then `mountUI(consent, { texts: { et } })`.
import type { UITexts } from '../texts'

const et: UITexts = {
  title: 'Teie privaatsusvalikud',
  description: 'Kasutame küpsiseid ja sarnaseid tehnoloogiaid: mõned on vajalikud veebisaidi toimimiseks, teisi kasutame ainult teie nõusolekul, et mõõta kasutust või näidata reklaame. Saate oma valikut igal ajal muuta.',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  preferences: 'Seaded',
  save: 'Salvesta valikud',
  close: 'Sulge',
  preferencesTitle: 'Privaatsusseaded',
  preferencesDescription: 'Valige, mida lubate. Kuni te midagi juurde ei lülita, on sisse lülitatud ainult vajalik.',
  policyLink: 'Privaatsuspoliitika',
  signalNotice: 'Teie brauser palub teid mitte jälgida (DNT või GPC): austame seda ja jätame kõik, mis pole vajalik, välja lülitatuks.',
  alwaysOn: 'Alati sees',
  download: 'Laadi alla minu nõusolekuandmed',
  erase: 'Kustuta minu nõusolekuandmed',
  eraseConfirm: 'Kas kustutada kõik selles brauseris salvestatud nõusolekud?',
  failed: 'See ei õnnestunud. Palun proovige uuesti.',
  noticeTitle: 'Teie privaatsusvalikud',
  noticeDescription: 'Meie ja meie partnerid kasutame küpsiseid ja sarnaseid tehnoloogiaid analüütikaks ja reklaamiks. Saate igal ajal keelduda oma isikuandmete müümisest ja jagamisest.',
  optOut: 'Ärge müüge ega jagage minu isikuandmeid',
  privacyChoices: 'Teie privaatsusvalikud',
  optOutHonored: 'Teie keeldumist järgitakse',
  categories: {
    necessary: { title: 'Vajalikud', description: 'Vajalikud veebisaidi toimimiseks ja selle valiku meelespidamiseks.' },
    functional: { title: 'Funktsionaalsed', description: 'Lisavõimalused, näiteks vestlus või manustatud videod.' },
    analytics: { title: 'Analüütilised', description: 'Mõõdavad, kuidas veebisaiti kasutatakse, et seda paremaks teha.' },
    marketing: { title: 'Turunduslikud', description: 'Näitavad teile asjakohaseid reklaame ja mõõdavad nende tulemusi.' },
  },
  services: {},
}

export default et
