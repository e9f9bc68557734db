// French texts for assent/ui: `import fr from 'assent/ui/locales/fr'`, then `mountUI(consent, { texts: { fr } })`.
import type { UITexts } from '../texts'

const fr: UITexts = {
  title: 'Vos choix de confidentialité',
  description: 'Nous utilisons des cookies et d’autres traceurs\u00a0: certains sont nécessaires au fonctionnement du site, les autres ne sont utilisés qu’avec votre accord, pour mesurer l’audience ou afficher des publicités. Vous pouvez modifier votre choix à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  preferences: 'Personnaliser',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  preferencesTitle: 'Préférences de confidentialité',
  preferencesDescription: 'Choisissez ce que vous autorisez. Seul le nécessaire est activé tant que vous n’activez rien d’autre.',
  policyLink: 'Politique de confidentialité',
  signalNotice: 'Votre navigateur demande à ne pas être suivi (DNT ou GPC)\u00a0: nous respectons ce signal et laissons désactivé tout ce qui n’est pas nécessaire.',
  alwaysOn: 'Toujours actif',
  download: 'Télécharger mes données de consentement',
  erase: 'Supprimer mes données de consentement',
  eraseConfirm: 'Supprimer tous les consentements conservés pour ce navigateur\u00a0?',
  failed: 'Cela n’a pas fonctionné. Veuillez réessayer.',
  noticeTitle: 'Vos choix de confidentialité',
  noticeDescription: 'Nos partenaires et nous utilisons des cookies et d’autres traceurs pour la mesure d’audience et la publicité. Vous pouvez à tout moment vous opposer à la vente et au partage de vos données personnelles.',
  optOut: 'Ne pas vendre ni partager mes données personnelles',
  privacyChoices: 'Vos choix de confidentialité',
  optOutHonored: 'Demande d’opposition prise en compte',
  categories: {
    necessary: { title: 'Nécessaires', description: 'Indispensables au fonctionnement du site et à la mémorisation de ce choix.' },
    functional: { title: 'Fonctionnels', description: 'Fonctions supplémentaires comme le chat ou les vidéos intégrées.' },
    analytics: { title: 'Mesure d’audience', description: 'Mesurer l’utilisation du site pour l’améliorer.' },
    marketing: { title: 'Marketing', description: 'Afficher des publicités pertinentes et les mesurer.' },
  },
  services: {},
}

export default fr
