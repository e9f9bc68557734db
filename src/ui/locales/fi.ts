// Finnish texts for assent/ui: `import fi from 'assent/ui/locales/fi'`, then `mountUI(consent, { texts: { fi } })`.
import type { UITexts } from '../texts'

const fi: UITexts = {
  title: 'Tietosuojavalintasi',
  description: 'Käytämme evästeitä ja vastaavia tekniikoita: osa on välttämättömiä sivuston toiminnalle, muita käytämme vain suostumuksellasi käytön mittaamiseen tai mainosten näyttämiseen. Voit muuttaa valintaasi milloin tahansa.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  preferences: 'Asetukset',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  preferencesTitle: 'Tietosuoja-asetukset',
  preferencesDescription: 'Valitse, mitä sallit. Vain välttämättömät ovat käytössä, ellet ota muita käyttöön.',
  policyLink: 'Tietosuojaseloste',
  signalNotice: 'Selaimesi pyytää, ettei sinua seurata (DNT tai GPC): kunnioitamme pyyntöä ja pidämme poissa käytöstä kaiken, mikä ei ole välttämätöntä.',
  alwaysOn: 'Aina käytössä',
  download: 'Lataa suostumustietoni',
  erase: 'Poista suostumustietoni',
  eraseConfirm: 'Poistetaanko kaikki tähän selaimeen tallennetut suostumukset?',
  failed: 'Se ei onnistunut. Yritä uudelleen.',
  noticeTitle: 'Tietosuojavalintasi',
  noticeDescription: 'Me ja kumppanimme käytämme evästeitä ja vastaavia tekniikoita analytiikkaan ja mainontaan. Voit milloin tahansa kieltää henkilötietojesi myymisen ja jakamisen.',
  optOut: 'Älä myy tai jaa henkilötietojani',
  privacyChoices: 'Tietosuojavalintasi',
  optOutHonored: 'Kieltopyyntösi on huomioitu',
  categories: {
    necessary: { title: 'Välttämättömät', description: 'Tarvitaan sivuston toimintaan ja tämän valinnan muistamiseen.' },
    functional: { title: 'Toiminnalliset', description: 'Lisäominaisuudet, kuten chat tai upotetut videot.' },
    analytics: { title: 'Analytiikka', description: 'Mittaavat sivuston käyttöä, jotta voimme parantaa sitä.' },
    marketing: { title: 'Markkinointi', description: 'Näyttävät sinulle kiinnostavia mainoksia ja mittaavat niiden tehoa.' },
  },
  services: {},
}

export default fi
