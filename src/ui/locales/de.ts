// German texts for assent/ui: `import de from 'assent/ui/locales/de'`, then `mountUI(consent, { texts: { de } })`.
import type { UITexts } from '../texts'

const de: UITexts = {
  title: 'Ihre Datenschutz-Einstellungen',
  description: 'Wir verwenden Cookies und ähnliche Techniken: einige sind für den Betrieb der Website nötig, andere nur mit Ihrer Zustimmung, um die Nutzung zu messen oder Werbung zu zeigen. Sie können Ihre Wahl jederzeit ändern.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  preferences: 'Einstellungen',
  save: 'Auswahl speichern',
  close: 'Schließen',
  preferencesTitle: 'Datenschutz-Einstellungen',
  preferencesDescription: 'Wählen Sie, was Sie erlauben. Nur das Notwendige ist aktiv, solange Sie nicht mehr einschalten.',
  policyLink: 'Datenschutzerklärung',
  signalNotice: 'Ihr Browser bittet darum, nicht verfolgt zu werden (DNT oder GPC): Wir respektieren das und lassen alles, was nicht notwendig ist, ausgeschaltet.',
  alwaysOn: 'Immer aktiv',
  download: 'Meine Einwilligungsdaten herunterladen',
  erase: 'Meine Einwilligungsdaten löschen',
  eraseConfirm: 'Alle für diesen Browser gespeicherten Einwilligungen löschen?',
  failed: 'Das hat nicht geklappt. Bitte versuchen Sie es erneut.',
  noticeTitle: 'Ihre Datenschutz-Einstellungen',
  noticeDescription: 'Wir und unsere Partner verwenden Cookies und ähnliche Techniken für Statistik und Werbung. Sie können dem Verkauf und der Weitergabe Ihrer personenbezogenen Daten jederzeit widersprechen.',
  optOut: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  privacyChoices: 'Ihre Datenschutzoptionen',
  optOutHonored: 'Ihr Widerspruch wird berücksichtigt',
  categories: {
    necessary: { title: 'Notwendig', description: 'Für den Betrieb der Website nötig und um diese Auswahl zu speichern.' },
    functional: { title: 'Funktional', description: 'Zusätzliche Funktionen wie Chat oder eingebettete Videos.' },
    analytics: { title: 'Statistik', description: 'Messen, wie die Website genutzt wird, um sie zu verbessern.' },
    marketing: { title: 'Marketing', description: 'Ihnen passende Werbung zeigen und diese messen.' },
  },
  services: {},
}

export default de
