/** German texts (terms as the DSK and the BfDI use them: „Cookies“, „Einwilligung“, „Einwilligung widerrufen“). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Wir verwenden Cookies',
  message:
    'Einige sind für den Betrieb dieser Website notwendig. Mit Ihrer Einwilligung nutzen wir sie auch, um die Reichweite der Website zu messen und Inhalte anderer Dienste anzuzeigen.',
  withdraw:
    'Sie können Ihre Einwilligung jederzeit ändern oder widerrufen; Ihre Auswahl wird für {duration} gespeichert.',
  policyLink: 'Cookie-Richtlinie',
  privacyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  preferencesTitle: 'Cookie-Einstellungen',
  save: 'Meine Auswahl speichern',
  saved: 'Ihre Auswahl wurde gespeichert.',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  cookieCount: 'Cookies: {count}',
  cookieTable: 'Cookies der Kategorie „{category}“',
  serviceCookieTable: 'Cookies des Dienstes „{service}“',
  cookieName: 'Cookie',
  provider: 'Anbieter',
  function: 'Funktion und Speicherort',
  purpose: 'Zweck',
  duration: 'Speicherdauer',
  whatIsCookie: 'Was ist ein Cookie?',
  cookieDefinition: 'Ein Cookie ist ein kleiner Datensatz, den eine Website in Ihrem Browser speichert.',
  necessary: 'Notwendig',
  'necessary-description': 'Für den Betrieb der Website erforderlich.',
  statistical: 'Statistik',
  'statistical-description': 'Messen die Reichweite der Website.',
  'first-party': 'Intern',
  'first-party-description': 'Speichern Ihre Einstellungen.',
  'third-party': 'Drittanbieter',
  'third-party-description': 'Von eingebundenen Diensten wie Videos oder Karten gesetzt.',
  optOutTitle: 'Ihre Datenschutzoptionen',
  optOutMessage:
    'Wir verwenden Cookies, um unsere Reichweite zu messen und Inhalte und Werbung anderer Dienste anzuzeigen. Sie können dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten jederzeit widersprechen.',
  optOut: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  acknowledge: 'OK',
  optedOut: 'Erledigt: Ihre personenbezogenen Daten werden nicht verkauft oder weitergegeben.',
};

export default texts;
