/** Spanish texts. */

import type { Texts } from './en.js';

export const es: Texts = {
  title: 'Usamos cookies',
  message:
    'Algunas son necesarias para que el sitio funcione. Con tu consentimiento, también las usamos para medir la audiencia y mostrar contenido de otros servicios.',
  policyLink: 'Política de cookies',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  preferencesTitle: 'Preferencias de cookies',
  save: 'Guardar mis preferencias',
  saved: 'Tus preferencias se han guardado.',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  cookieName: 'Cookie',
  provider: 'Proveedor',
  purpose: 'Finalidad',
  duration: 'Duración',
  whatIsCookie: '¿Qué es una cookie?',
  cookieDefinition: 'Una cookie es un pequeño archivo que un sitio web guarda en tu navegador.',
  necessary: 'Necesarias',
  'necessary-description': 'Imprescindibles para que el sitio funcione.',
  statistical: 'Estadísticas',
  'statistical-description': 'Miden la audiencia del sitio.',
  'first-party': 'Propias',
  'first-party-description': 'Recuerdan tus preferencias.',
  'third-party': 'De terceros',
  'third-party-description': 'Las instalan servicios integrados, como vídeos o mapas.',
};
