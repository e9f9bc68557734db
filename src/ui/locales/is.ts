// Icelandic texts for assent/ui: `import is from 'assent/ui/locales/is'`, then `mountUI(consent, { texts: { is } })`.
import type { UITexts } from '../texts'

const is: UITexts = {
  title: 'Persónuverndarval þitt',
  description: 'Við notum vafrakökur og sambærilega tækni: sumar eru nauðsynlegar til að vefurinn virki, aðrar notum við aðeins með samþykki þínu, til að mæla notkun eða birta auglýsingar. Þú getur breytt vali þínu hvenær sem er.',
  acceptAll: 'Samþykkja allar',
  rejectAll: 'Hafna öllum',
  preferences: 'Stillingar',
  save: 'Vista val',
  close: 'Loka',
  preferencesTitle: 'Persónuverndar\u00adstillingar',
  preferencesDescription: 'Veldu hvað þú leyfir. Aðeins það nauðsynlega er virkt nema þú kveikir á fleiru.',
  policyLink: 'Persónuverndarstefna',
  signalNotice: 'Vafrinn þinn biður um að ekki sé fylgst með þér (DNT eða GPC): við virðum það og höfum slökkt á öllu sem er ekki nauðsynlegt.',
  alwaysOn: 'Alltaf virkar',
  download: 'Sækja samþykkisgögnin mín',
  erase: 'Eyða samþykkisgögnunum mínum',
  eraseConfirm: 'Eyða öllum samþykkjum sem vistuð eru fyrir þennan vafra?',
  failed: 'Það tókst ekki. Reyndu aftur.',
  noticeTitle: 'Persónuverndarval þitt',
  noticeDescription: 'Við og samstarfsaðilar okkar notum vafrakökur og sambærilega tækni til greiningar og auglýsinga. Þú getur hvenær sem er andmælt sölu og miðlun persónuupplýsinga þinna.',
  optOut: 'Ekki selja eða deila persónuupplýsingum mínum',
  privacyChoices: 'Persónuverndarval þitt',
  optOutHonored: 'Andmæli þín eru virt',
  categories: {
    necessary: { title: 'Nauðsynlegar', description: 'Halda vefnum gangandi og muna þetta val.' },
    functional: { title: 'Virkni', description: 'Viðbótareiginleikar, svo sem spjall eða innfelld myndbönd.' },
    analytics: { title: 'Tölfræði', description: 'Mæla hvernig vefurinn er notaður svo að við getum bætt hann.' },
    marketing: { title: 'Markaðssetning', description: 'Birta þér viðeigandi auglýsingar og mæla árangur þeirra.' },
  },
  services: {},
}

export default is
