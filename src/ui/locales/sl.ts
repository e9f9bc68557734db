// Slovenian texts for assent/ui: `import sl from 'assent/ui/locales/sl'`, then `mountUI(consent, { texts: { sl } })`.
import type { UITexts } from '../texts'

const sl: UITexts = {
  title: 'Vaše izbire glede zasebnosti',
  description: 'Uporabljamo piškotke in podobne tehnologije: nekateri so nujni za delovanje spletnega mesta, druge uporabljamo le z vašo privolitvijo, za merjenje obiskanosti ali prikazovanje oglasov. Izbiro lahko kadar koli spremenite.',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  preferences: 'Nastavitve',
  save: 'Shrani izbiro',
  close: 'Zapri',
  preferencesTitle: 'Nastavitve zasebnosti',
  preferencesDescription: 'Izberite, kaj dovolite. Dokler ne vklopite še česa, so vklopljeni le nujni piškotki.',
  policyLink: 'Politika zasebnosti',
  signalNotice: 'Vaš brskalnik prosi, naj vam ne sledimo (DNT ali GPC): to spoštujemo in vse, kar ni nujno, pustimo izklopljeno.',
  alwaysOn: 'Vedno vklopljeni',
  download: 'Prenesi moje podatke o privolitvi',
  erase: 'Izbriši moje podatke o privolitvi',
  eraseConfirm: 'Želite izbrisati vse privolitve, shranjene za ta brskalnik?',
  failed: 'Ni uspelo. Poskusite znova.',
  noticeTitle: 'Vaše izbire glede zasebnosti',
  noticeDescription: 'Mi in naši partnerji uporabljamo piškotke in podobne tehnologije za analitiko in oglaševanje. Prodaji in deljenju svojih osebnih podatkov lahko kadar koli ugovarjate.',
  optOut: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  privacyChoices: 'Vaše izbire glede zasebnosti',
  optOutHonored: 'Vaš ugovor je upoštevan',
  categories: {
    necessary: { title: 'Nujni', description: 'Potrebni za delovanje spletnega mesta in za shranjevanje te izbire.' },
    functional: { title: 'Funkcionalni', description: 'Dodatne funkcije, kot sta klepet ali vdelani videoposnetki.' },
    analytics: { title: 'Analitični', description: 'Merijo, kako se spletno mesto uporablja, da ga lahko izboljšamo.' },
    marketing: { title: 'Oglaševalski', description: 'Prikazujejo vam ustrezne oglase in merijo njihovo uspešnost.' },
  },
  services: {},
}

export default sl
