// Hungarian texts for assent/ui: `import hu from 'assent/ui/locales/hu'`, then `mountUI(consent, { texts: { hu } })`.
import type { UITexts } from '../texts'

const hu: UITexts = {
  title: 'Adatvédelem és sütik',
  description: 'Sütiket és hasonló technológiákat használunk: egyesek a weboldal működéséhez szükségesek, a többit csak az Ön hozzájárulásával használjuk, a látogatottság mérésére vagy hirdetések megjelenítésére. Döntését bármikor megváltoztathatja.',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  preferences: 'Beállítások',
  save: 'Választás mentése',
  close: 'Bezárás',
  preferencesTitle: 'Adatvédelmi beállítások',
  preferencesDescription: 'Válassza ki, mit engedélyez. Amíg mást be nem kapcsol, csak a szükséges sütik működnek.',
  policyLink: 'Adatvédelmi tájékoztató',
  signalNotice: 'Böngészője azt kéri, hogy ne kövessük nyomon (DNT vagy GPC): ezt tiszteletben tartjuk, és minden nem szükséges funkciót kikapcsolva hagyunk.',
  alwaysOn: 'Mindig aktív',
  download: 'Hozzájárulási adataim letöltése',
  erase: 'Hozzájárulási adataim törlése',
  eraseConfirm: 'Törli az ebben a böngészőben mentett összes hozzájárulást?',
  failed: 'Ez nem sikerült. Kérjük, próbálja újra.',
  noticeTitle: 'Adatvédelem és sütik',
  noticeDescription: 'Mi és partnereink sütiket és hasonló technológiákat használunk elemzési és hirdetési célokra. Személyes adatai eladását és megosztását bármikor megtilthatja.',
  optOut: 'Személyes adataim eladásának és megosztásának tiltása',
  privacyChoices: 'Adatvédelmi beállítások',
  optOutHonored: 'Tiltási kérelmét teljesítettük',
  categories: {
    necessary: { title: 'Szükséges', description: 'A weboldal működéséhez és e választás megjegyzéséhez kellenek.' },
    functional: { title: 'Funkcionális', description: 'További funkciók, például csevegés vagy beágyazott videók.' },
    analytics: { title: 'Statisztikai', description: 'Mérik, hogyan használják a weboldalt, hogy fejleszthessük.' },
    marketing: { title: 'Marketing', description: 'Releváns hirdetéseket jelenítenek meg Önnek, és mérik azok hatását.' },
  },
  services: {},
}

export default hu
