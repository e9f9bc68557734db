// Swedish texts for assent/ui: `import sv from 'assent/ui/locales/sv'`, then `mountUI(consent, { texts: { sv } })`.
import type { UITexts } from '../texts'

const sv: UITexts = {
  title: 'Dina integritetsval',
  description: 'Vi använder kakor (cookies) och liknande tekniker: vissa behövs för att webbplatsen ska fungera, andra använder vi bara med ditt samtycke, för att mäta användningen eller visa annonser. Du kan ändra ditt val när som helst.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  preferences: 'Inställningar',
  save: 'Spara val',
  close: 'Stäng',
  preferencesTitle: 'Integritets\u00adinställningar',
  preferencesDescription: 'Välj vad du tillåter. Bara det nödvändiga är påslaget om du inte slår på mer.',
  policyLink: 'Integritetspolicy',
  signalNotice: 'Din webbläsare ber om att inte spåras (DNT eller GPC): det respekterar vi och låter allt som inte är nödvändigt vara avstängt.',
  alwaysOn: 'Alltid på',
  download: 'Ladda ner mina samtyckesuppgifter',
  erase: 'Radera mina samtyckesuppgifter',
  eraseConfirm: 'Vill du radera alla samtycken som sparats för den här webbläsaren?',
  failed: 'Det gick inte. Försök igen.',
  noticeTitle: 'Dina integritetsval',
  noticeDescription: 'Vi och våra partner använder kakor och liknande tekniker för analys och annonsering. Du kan när som helst motsätta dig att dina personuppgifter säljs eller delas.',
  optOut: 'Sälj eller dela inte mina personuppgifter',
  privacyChoices: 'Dina integritetsval',
  optOutHonored: 'Din invändning respekteras',
  categories: {
    necessary: { title: 'Nödvändiga', description: 'Behövs för att webbplatsen ska fungera och för att komma ihåg det här valet.' },
    functional: { title: 'Funktionella', description: 'Extra funktioner, som chatt eller inbäddade videor.' },
    analytics: { title: 'Statistik', description: 'Mäter hur webbplatsen används så att vi kan förbättra den.' },
    marketing: { title: 'Marknadsföring', description: 'Visar relevanta annonser för dig och mäter dem.' },
  },
  services: {},
}

export default sv
