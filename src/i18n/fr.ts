/** French texts, worded like the French Opendatasoft portals. */

import type { Texts } from './en.js';

export const fr: Texts = {
  title: 'Nous utilisons des cookies',
  message:
    'Certains sont nécessaires au fonctionnement du site. Avec votre accord, nous en utilisons aussi pour mesurer l’audience et afficher des contenus d’autres services.',
  policyLink: 'Politique de cookies',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  preferencesTitle: 'Paramètres des cookies',
  save: 'Enregistrer mes choix',
  saved: 'Vos choix ont été enregistrés.',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  cookieName: 'Cookie',
  provider: 'Prestataire',
  purpose: 'Finalité',
  duration: 'Durée',
  whatIsCookie: 'Qu’est-ce qu’un cookie\u00a0?',
  cookieDefinition: 'Un cookie est une petite donnée qu’un site web dépose dans votre navigateur.',
  necessary: 'Nécessaires',
  'necessary-description': 'Indispensables au fonctionnement du site.',
  statistical: 'Statistiques',
  'statistical-description': 'Mesurent l’audience du site.',
  'first-party': 'Internes',
  'first-party-description': 'Retiennent vos préférences.',
  'third-party': 'Tiers',
  'third-party-description': 'Déposés par des services intégrés (vidéos, cartes…).',
};
