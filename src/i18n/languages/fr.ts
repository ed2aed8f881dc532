/** French texts (terms as the CNIL uses them: « cookies », « consentement », « retirer son consentement »). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Nous utilisons des cookies',
  message:
    'Certains sont nécessaires au fonctionnement de ce site. Avec votre consentement, nous en utilisons aussi pour mesurer son audience et afficher des contenus d’autres services.',
  withdraw:
    'Vous pouvez modifier ou retirer votre consentement à tout moment\u00a0; votre choix est conservé pendant {duration}.',
  policyLink: 'Politique de cookies',
  privacyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  preferencesTitle: 'Paramètres des cookies',
  save: 'Enregistrer mes choix',
  saved: 'Vos choix ont été enregistrés.',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  cookieCount: 'Cookies\u00a0: {count}',
  cookieTable: 'Cookies de la catégorie «\u00a0{category}\u00a0»',
  serviceCookieTable: 'Cookies du service «\u00a0{service}\u00a0»',
  cookieName: 'Cookie',
  provider: 'Prestataire',
  function: 'Fonction et emplacement',
  purpose: 'Finalité',
  duration: 'Durée',
  whatIsCookie: 'Qu’est-ce qu’un cookie\u00a0?',
  cookieDefinition: 'Un cookie est une petite donnée qu’un site web dépose dans votre navigateur.',
  necessary: 'Nécessaires',
  'necessary-description': 'Indispensables au fonctionnement du site.',
  statistical: 'Statistiques',
  'statistical-description': 'Mesurent l’audience du site.',
  'first-party': 'Internes',
  'first-party-description': 'Mémorisent vos préférences.',
  'third-party': 'Tiers',
  'third-party-description': 'Déposés par des services intégrés, comme des vidéos ou des cartes.',
  optOutTitle: 'Vos choix en matière de confidentialité',
  optOutMessage:
    'Nous utilisons des cookies pour mesurer notre audience et afficher des contenus et des publicités d’autres services. Vous pouvez à tout moment vous opposer à la vente ou au partage de vos informations personnelles.',
  optOut: 'Ne pas vendre ni partager mes informations personnelles',
  acknowledge: 'OK',
  optedOut: 'C’est fait\u00a0: vos informations personnelles ne seront ni vendues ni partagées.',
};

export default texts;
