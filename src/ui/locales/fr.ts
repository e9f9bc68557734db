// French texts for assent/ui: `import fr from 'assent/ui/locales/fr'`, then `mountUI(consent, { texts: { fr } })`.
import type { UITexts } from '../texts'

const fr: UITexts = {
  title: 'Vos choix de confidentialité',
  description: 'Nous utilisons des cookies et des technologies similaires : certains sont nécessaires au fonctionnement du site, les autres ne servent qu’avec votre accord, pour mesurer l’audience ou afficher des publicités. Vous pouvez modifier votre choix à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  preferences: 'Personnaliser',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  preferencesTitle: 'Préférences de confidentialité',
  preferencesDescription: 'Choisissez ce que vous autorisez. Seul le nécessaire est activé tant que vous n’activez rien d’autre.',
  policyLink: 'Politique de confidentialité',
  signalNotice: 'Votre navigateur demande à ne pas être suivi (DNT ou GPC) : nous respectons ce signal et laissons désactivé tout ce qui n’est pas nécessaire.',
  alwaysOn: 'Toujours actif',
  download: 'Télécharger mes données de consentement',
  erase: 'Supprimer mes données de consentement',
  eraseConfirm: 'Supprimer tous les consentements conservés pour ce navigateur ?',
  failed: 'Cela n’a pas fonctionné. Veuillez réessayer.',
  noticeTitle: 'Vos choix en matière de confidentialité',
  noticeDescription: 'Nous utilisons des cookies pour faire fonctionner ce site, pour la mesure d’audience et pour la publicité, ce qui peut constituer une vente ou un partage de données personnelles. Vous pouvez vous y opposer à tout moment.',
  optOut: 'Ne pas vendre ni partager mes informations personnelles',
  privacyChoices: 'Vos choix de confidentialité',
  optOutHonored: 'Demande d’opposition respectée',
  categories: {
    necessary: { title: 'Nécessaires', description: 'Indispensables au fonctionnement du site et à la mémorisation de ce choix.' },
    functional: { title: 'Fonctionnels', description: 'Fonctions supplémentaires comme le chat ou les vidéos intégrées.' },
    analytics: { title: 'Mesure d’audience', description: 'Mesurer l’utilisation du site pour l’améliorer.' },
    marketing: { title: 'Marketing', description: 'Afficher des publicités pertinentes et les mesurer.' },
  },
  services: {},
}

export default fr
