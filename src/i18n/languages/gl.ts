/** Galician texts (terms as the AEPD uses them: «cookies», «consentimento», «retirar o consentimento»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Usamos cookies',
  message:
    'Algunhas son necesarias para que este sitio web funcione. Co seu consentimento, tamén as usamos para medir a audiencia do sitio e amosar contido doutros servizos.',
  withdraw:
    'Pode cambiar ou retirar o seu consentimento en calquera momento; a súa elección consérvase durante {duration}.',
  policyLink: 'Política de cookies',
  privacyLink: 'Política de privacidade',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rexeitar todas',
  customize: 'Personalizar',
  preferencesTitle: 'Preferencias de cookies',
  save: 'Gardar as miñas opcións',
  saved: 'Gardáronse as súas opcións.',
  close: 'Pechar',
  alwaysOn: 'Sempre activas',
  cookieCount: 'Cookies: {count}',
  cookieTable: 'Cookies da categoría «{category}»',
  serviceCookieTable: 'Cookies do servizo «{service}»',
  cookieName: 'Cookie',
  provider: 'Provedor',
  function: 'Función e localización',
  purpose: 'Finalidade',
  duration: 'Duración',
  whatIsCookie: 'Que é unha cookie?',
  cookieDefinition: 'Unha cookie é un pequeno fragmento de datos que un sitio web garda no seu navegador.',
  necessary: 'Necesarias',
  'necessary-description': 'Imprescindibles para que o sitio funcione.',
  statistical: 'Estatísticas',
  'statistical-description': 'Miden a audiencia do sitio.',
  'first-party': 'Internas',
  'first-party-description': 'Lembran as súas preferencias.',
  'third-party': 'De terceiros',
  'third-party-description': 'Instaladas por servizos integrados, como vídeos ou mapas.',
  optOutTitle: 'As súas opcións de privacidade',
  optOutMessage:
    'Usamos cookies para medir a nosa audiencia e amosar contido e anuncios doutros servizos. Pode pedir en calquera momento que non se venda nin se comparta a súa información persoal.',
  optOut: 'Non vender nin compartir a miña información persoal',
  acknowledge: 'De acordo',
  optedOut: 'Feito: a súa información persoal non se venderá nin se compartirá.',
};

export default texts;
