// Maltese texts for assent/ui: `import mt from 'assent/ui/locales/mt'`, then `mountUI(consent, { texts: { mt } })`.
import type { UITexts } from '../texts'

const mt: UITexts = {
  title: 'L-għażliet tiegħek dwar il-privatezza',
  description: 'Nużaw il-cookies u teknoloġiji simili: xi wħud huma meħtieġa biex is-sit jaħdem, filwaqt li l-oħrajn nużawhom biss bil-kunsens tiegħek, biex inkejlu l-użu tas-sit jew nuru reklami. Tista’ tbiddel l-għażla tiegħek meta trid.',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  preferences: 'Preferenzi',
  save: 'Aħżen l-għażliet',
  close: 'Agħlaq',
  preferencesTitle: 'Preferenzi tal-privatezza',
  preferencesDescription: 'Agħżel x’tippermetti. Sakemm ma tattivax aktar, huwa attiv biss dak li hu meħtieġ.',
  policyLink: 'Politika tal-privatezza',
  signalNotice: 'Il-browser tiegħek qed jitlob li ma tiġix traċċat (DNT jew GPC): aħna nirrispettaw dan u nħallu mitfi dak kollu li mhux meħtieġ.',
  alwaysOn: 'Dejjem attivi',
  download: 'Niżżel id-data tal-kunsens tiegħi',
  erase: 'Ħassar id-data tal-kunsens tiegħi',
  eraseConfirm: 'Tħassar il-kunsens kollu maħżun għal dan il-browser?',
  failed: 'Ma rnexxiex. Erġa’ pprova.',
  noticeTitle: 'L-għażliet tiegħek dwar il-privatezza',
  noticeDescription: 'Aħna u s-sħab tagħna nużaw il-cookies u teknoloġiji simili għall-analitika u r-reklamar. Tista’ toġġezzjona f’kull ħin għall-bejgħ u l-qsim tad-data personali tiegħek.',
  optOut: 'Tbigħux u taqsmux id-data personali tiegħi',
  privacyChoices: 'L-għażliet tiegħek dwar il-privatezza',
  optOutHonored: 'L-oġġezzjoni tiegħek ġiet rispettata',
  categories: {
    necessary: { title: 'Meħtieġa', description: 'Iħallu s-sit jaħdem u jiftakru din l-għażla.' },
    functional: { title: 'Funzjonali', description: 'Funzjonijiet addizzjonali, bħal chat jew vidjows inkorporati.' },
    analytics: { title: 'Analitika', description: 'Ikejlu kif jintuża s-sit, biex intejbuh.' },
    marketing: { title: 'Marketing', description: 'Juruk reklami rilevanti u jkejlu r-riżultati tagħhom.' },
  },
  services: {},
}

export default mt
