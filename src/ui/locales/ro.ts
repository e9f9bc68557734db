// Romanian texts for assent/ui: `import ro from 'assent/ui/locales/ro'`, then `mountUI(consent, { texts: { ro } })`.
import type { UITexts } from '../texts'

const ro: UITexts = {
  title: 'Opțiunile dumneavoastră de confidențialitate',
  description: 'Folosim cookie-uri și tehnologii similare: unele sunt necesare pentru funcționarea site-ului, celelalte doar cu acordul dumneavoastră, pentru a măsura utilizarea sau a afișa reclame. Vă puteți schimba oricând alegerea.',
  acceptAll: 'Acceptă toate',
  rejectAll: 'Respinge toate',
  preferences: 'Setări',
  save: 'Salvează opțiunile',
  close: 'Închide',
  preferencesTitle: 'Setări de confidențialitate',
  preferencesDescription: 'Alegeți ce permiteți. Este activ doar ce este necesar, până când activați și altceva.',
  policyLink: 'Politica de confidențialitate',
  signalNotice: 'Browserul dumneavoastră cere să nu fiți urmărit (DNT sau GPC): respectăm acest lucru și lăsăm dezactivat tot ce nu este necesar.',
  alwaysOn: 'Mereu active',
  download: 'Descarcă datele mele privind consimțământul',
  erase: 'Șterge datele mele privind consimțământul',
  eraseConfirm: 'Ștergeți toate consimțămintele salvate pentru acest browser?',
  failed: 'Nu a funcționat. Vă rugăm să încercați din nou.',
  noticeTitle: 'Opțiunile dumneavoastră de confidențialitate',
  noticeDescription: 'Noi și partenerii noștri folosim cookie-uri și tehnologii similare pentru analiză și publicitate. Vă puteți opune oricând vânzării și partajării datelor dumneavoastră cu caracter personal.',
  optOut: 'Nu vindeți și nu partajați datele mele cu caracter personal',
  privacyChoices: 'Opțiunile dumneavoastră de confidențialitate',
  optOutHonored: 'Opoziția dumneavoastră a fost respectată',
  categories: {
    necessary: { title: 'Necesare', description: 'Indispensabile pentru funcționarea site-ului și pentru a reține această alegere.' },
    functional: { title: 'Funcționale', description: 'Funcții suplimentare, precum chatul sau videoclipurile încorporate.' },
    analytics: { title: 'Analitice', description: 'Măsoară modul în care este folosit site-ul, pentru a-l îmbunătăți.' },
    marketing: { title: 'Marketing', description: 'Vă afișează reclame relevante și le măsoară eficiența.' },
  },
  services: {},
}

export default ro
