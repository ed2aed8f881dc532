/** German texts. */

import type { Texts } from './en.js';

export const de: Texts = {
  title: 'Wir verwenden Cookies',
  message:
    'Einige sind für den Betrieb der Website notwendig. Mit Ihrer Einwilligung nutzen wir sie auch, um die Nutzung zu messen und Inhalte anderer Dienste anzuzeigen.',
  policyLink: 'Cookie-Richtlinie',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  preferencesTitle: 'Cookie-Einstellungen',
  save: 'Auswahl speichern',
  saved: 'Ihre Auswahl wurde gespeichert.',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  cookieName: 'Cookie',
  provider: 'Anbieter',
  purpose: 'Zweck',
  duration: 'Speicherdauer',
  whatIsCookie: 'Was ist ein Cookie?',
  cookieDefinition: 'Ein Cookie ist eine kleine Datei, die eine Website in Ihrem Browser speichert.',
  necessary: 'Notwendig',
  'necessary-description': 'Für den Betrieb der Website erforderlich.',
  statistical: 'Statistik',
  'statistical-description': 'Messen die Reichweite der Website.',
  'first-party': 'Intern',
  'first-party-description': 'Speichern Ihre Einstellungen.',
  'third-party': 'Drittanbieter',
  'third-party-description': 'Von eingebundenen Diensten wie Videos oder Karten gesetzt.',
};
