// Canadian French texts for assent/ui: `import frCA from 'assent/ui/locales/fr-CA'`, then `mountUI(consent, { texts: { 'fr-CA': frCA } })`.
import type { UITexts } from '../texts'

const frCA: UITexts = {
  title: 'Vos choix en matière de confidentialité',
  description: 'Nous utilisons des témoins (cookies) et des technologies semblables\u00a0: certains sont nécessaires au fonctionnement du site, les autres ne sont utilisés qu’avec votre consentement, pour mesurer l’achalandage ou afficher de la publicité. Vous pouvez modifier votre choix en tout temps.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  preferences: 'Personnaliser',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  preferencesTitle: 'Paramètres de confidentialité',
  preferencesDescription: 'Choisissez ce que vous autorisez. Seuls les témoins nécessaires sont activés tant que vous n’en activez pas d’autres.',
  policyLink: 'Politique de confidentialité',
  signalNotice: 'Votre navigateur demande à ne pas être suivi (DNT ou GPC)\u00a0: nous respectons ce signal et laissons désactivé tout ce qui n’est pas nécessaire.',
  alwaysOn: 'Toujours actifs',
  download: 'Télécharger mes données de consentement',
  erase: 'Supprimer mes données de consentement',
  eraseConfirm: 'Supprimer tous les consentements enregistrés pour ce navigateur?',
  failed: 'Une erreur est survenue. Veuillez réessayer.',
  noticeTitle: 'Vos choix en matière de confidentialité',
  noticeDescription: 'Nos partenaires et nous utilisons des témoins (cookies) et des technologies semblables à des fins d’analyse et de publicité. Vous pouvez en tout temps refuser la vente et le partage de vos renseignements personnels.',
  optOut: 'Ne pas vendre ni partager mes renseignements personnels',
  privacyChoices: 'Vos choix en matière de confidentialité',
  optOutHonored: 'Votre refus a été pris en compte',
  categories: {
    necessary: { title: 'Nécessaires', description: 'Indispensables au fonctionnement du site et à la mémorisation de ce choix.' },
    functional: { title: 'Fonctionnels', description: 'Fonctions supplémentaires comme le clavardage ou les vidéos intégrées.' },
    analytics: { title: 'Statistiques', description: 'Mesurer l’utilisation du site pour l’améliorer.' },
    marketing: { title: 'Publicitaires', description: 'Afficher des publicités pertinentes et en mesurer l’efficacité.' },
  },
  services: {},
}

export default frCA
