// Italian texts for assent/ui: `import it from 'assent/ui/locales/it'`, then `mountUI(consent, { texts: { it } })`.
import type { UITexts } from '../texts'

const it: UITexts = {
  title: 'Le tue scelte sulla privacy',
  description: 'Usiamo cookie e tecnologie simili: alcuni sono necessari al funzionamento del sito, gli altri solo con il tuo consenso, per misurarne l’uso o mostrare pubblicità. Puoi cambiare la tua scelta in qualsiasi momento.',
  acceptAll: 'Accetta tutto',
  rejectAll: 'Rifiuta tutto',
  preferences: 'Preferenze',
  save: 'Salva le scelte',
  close: 'Chiudi',
  preferencesTitle: 'Preferenze sulla privacy',
  preferencesDescription: 'Scegli cosa consentire. È attivo solo il necessario, finché non attivi altro.',
  policyLink: 'Informativa sulla privacy',
  signalNotice: 'Il tuo browser chiede di non essere tracciato (DNT o GPC): rispettiamo la richiesta e lasciamo disattivato tutto ciò che non è necessario.',
  alwaysOn: 'Sempre attivo',
  download: 'Scarica i miei dati di consenso',
  erase: 'Elimina i miei dati di consenso',
  eraseConfirm: 'Eliminare tutti i consensi conservati per questo browser?',
  failed: 'Non ha funzionato. Riprova.',
  noticeTitle: 'Le tue scelte sulla privacy',
  noticeDescription: 'Usiamo i cookie per il funzionamento di questo sito, per le statistiche e per la pubblicità, il che può costituire vendita o condivisione di dati personali. Puoi opporti in qualsiasi momento.',
  optOut: 'Non vendere né condividere i miei dati personali',
  privacyChoices: 'Le tue scelte sulla privacy',
  optOutHonored: 'Richiesta di opposizione rispettata',
  categories: {
    necessary: { title: 'Necessari', description: 'Indispensabili al funzionamento del sito e per ricordare questa scelta.' },
    functional: { title: 'Funzionali', description: 'Funzioni aggiuntive come chat o video incorporati.' },
    analytics: { title: 'Statistiche', description: 'Misurare come viene usato il sito, per migliorarlo.' },
    marketing: { title: 'Marketing', description: 'Mostrarti pubblicità pertinente e misurarla.' },
  },
  services: {},
}

export default it
