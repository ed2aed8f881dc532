/** Spanish texts (terms as the AEPD uses them: «cookies», «consentimiento», «retirar el consentimiento»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Utilizamos cookies',
  message:
    'Algunas son necesarias para que este sitio funcione. Con su consentimiento, también las utilizamos para medir la audiencia del sitio y mostrar contenido de otros servicios.',
  withdraw:
    'Puede modificar o retirar su consentimiento en cualquier momento; su elección se conserva durante {duration}.',
  policyLink: 'Política de cookies',
  privacyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  preferencesTitle: 'Preferencias de cookies',
  save: 'Guardar mis preferencias',
  saved: 'Sus preferencias se han guardado.',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  cookieCount: 'Cookies: {count}',
  cookieTable: 'Cookies de la categoría «{category}»',
  serviceCookieTable: 'Cookies del servicio «{service}»',
  cookieName: 'Cookie',
  provider: 'Proveedor',
  function: 'Función y ubicación',
  purpose: 'Finalidad',
  duration: 'Duración',
  whatIsCookie: '¿Qué es una cookie?',
  cookieDefinition: 'Una cookie es un pequeño conjunto de datos que un sitio web almacena en su navegador.',
  necessary: 'Necesarias',
  'necessary-description': 'Imprescindibles para que el sitio funcione.',
  statistical: 'Estadísticas',
  'statistical-description': 'Miden la audiencia del sitio.',
  'first-party': 'Propias',
  'first-party-description': 'Recuerdan sus preferencias.',
  'third-party': 'De terceros',
  'third-party-description': 'Las instalan servicios integrados, como vídeos o mapas.',
  optOutTitle: 'Sus opciones de privacidad',
  optOutMessage:
    'Utilizamos cookies para medir nuestra audiencia y mostrar contenido y anuncios de otros servicios. Puede oponerse en cualquier momento a que se venda o comparta su información personal.',
  optOut: 'No vender ni compartir mi información personal',
  acknowledge: 'Entendido',
  optedOut: 'Hecho: su información personal no se venderá ni se compartirá.',
};

export default texts;
