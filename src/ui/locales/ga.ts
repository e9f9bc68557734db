// Irish texts for assent/ui: `import ga from 'assent/ui/locales/ga'`, then `mountUI(consent, { texts: { ga } })`.
import type { UITexts } from '../texts'

const ga: UITexts = {
  title: 'Do roghanna príobháideachais',
  description: 'Úsáidimid fianáin agus teicneolaíochtaí cosúil leo: tá cuid acu riachtanach chun go n-oibreoidh an suíomh, agus ní úsáidimid na cinn eile ach le do thoiliú, chun úsáid an tsuímh a thomhas nó chun fógraí a thaispeáint. Is féidir leat do rogha a athrú am ar bith.',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  preferences: 'Socruithe',
  save: 'Sábháil mo roghanna',
  close: 'Dún',
  preferencesTitle: 'Socruithe príobháideachais',
  preferencesDescription: 'Roghnaigh cad a cheadaíonn tú. Níl ach na fianáin riachtanacha ar siúl mura gcuireann tú tuilleadh ar siúl.',
  policyLink: 'Ráiteas príobháideachais',
  signalNotice: 'Iarrann do bhrabhsálaí gan tú a rianú (DNT nó GPC): tugaimid aird air sin agus fágaimid gach rud nach bhfuil riachtanach múchta.',
  alwaysOn: 'Ar siúl i gcónaí',
  download: 'Íoslódáil mo shonraí toilithe',
  erase: 'Scrios mo shonraí toilithe',
  eraseConfirm: 'An scriosfar gach toiliú atá sábháilte don bhrabhsálaí seo?',
  failed: 'Níor éirigh leis sin. Bain triail eile as.',
  noticeTitle: 'Do roghanna príobháideachais',
  noticeDescription: 'Úsáideann muid féin agus ár gcomhpháirtithe fianáin agus teicneolaíochtaí cosúil leo le haghaidh anailísíochta agus fógraíochta. Is féidir leat diúltú am ar bith do dhíol agus do chomhroinnt do shonraí pearsanta.',
  optOut: 'Ná díol ná comhroinn mo shonraí pearsanta',
  privacyChoices: 'Do roghanna príobháideachais',
  optOutHonored: 'Táimid ag cloí le d’iarratas ar dhiúltú',
  categories: {
    necessary: { title: 'Riachtanach', description: 'Teastaíonn siad chun go n-oibreoidh an suíomh agus chun an rogha seo a mheabhrú.' },
    functional: { title: 'Feidhmiúil', description: 'Gnéithe breise, mar chomhrá nó físeáin leabaithe.' },
    analytics: { title: 'Anailísíocht', description: 'Tomhaiseann siad conas a úsáidtear an suíomh, chun é a fheabhsú.' },
    marketing: { title: 'Margaíocht', description: 'Taispeánann siad fógraí ábhartha duit agus tomhaiseann siad iad.' },
  },
  services: {},
}

export default ga
