/** Catalan texts (terms as the APDCAT uses them: «galetes», «consentiment», «retirar el consentiment»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Utilitzem galetes',
  message:
    'Algunes són necessàries perquè aquest lloc web funcioni. Amb el seu consentiment, també les utilitzem per mesurar-ne l’audiència i mostrar contingut d’altres serveis.',
  withdraw:
    'Pot canviar o retirar el seu consentiment en qualsevol moment; la seva elecció es conserva durant {duration}.',
  policyLink: 'Política de galetes',
  privacyLink: 'Política de privadesa',
  acceptAll: 'Acceptar-ho tot',
  rejectAll: 'Rebutjar-ho tot',
  customize: 'Personalitzar',
  preferencesTitle: 'Preferències de galetes',
  save: 'Desar les meves opcions',
  saved: 'S’han desat les seves opcions.',
  close: 'Tancar',
  alwaysOn: 'Sempre actives',
  cookieCount: 'Galetes: {count}',
  cookieTable: 'Galetes de la categoria «{category}»',
  serviceCookieTable: 'Galetes del servei «{service}»',
  cookieName: 'Galeta',
  provider: 'Proveïdor',
  function: 'Funció i ubicació',
  purpose: 'Finalitat',
  duration: 'Durada',
  whatIsCookie: 'Què és una galeta?',
  cookieDefinition: 'Una galeta és un petit fragment de dades que un lloc web desa al seu navegador.',
  necessary: 'Necessàries',
  'necessary-description': 'Imprescindibles perquè el lloc web funcioni.',
  statistical: 'Estadístiques',
  'statistical-description': 'Mesuren l’audiència del lloc web.',
  'first-party': 'Internes',
  'first-party-description': 'Recorden les seves preferències.',
  'third-party': 'De tercers',
  'third-party-description': 'Les instal·len serveis integrats, com ara vídeos o mapes.',
  optOutTitle: 'Les seves opcions de privadesa',
  optOutMessage:
    'Utilitzem galetes per mesurar la nostra audiència i mostrar contingut i anuncis d’altres serveis. Pot demanar en qualsevol moment que no es vengui ni es comparteixi la seva informació personal.',
  optOut: 'No vendre ni compartir la meva informació personal',
  acknowledge: 'D’acord',
  optedOut: 'Fet: la seva informació personal no es vendrà ni es compartirà.',
};

export default texts;
