/** Danish texts (terms as Datatilsynet uses them: »cookies«, »samtykke«, »trække samtykket tilbage«). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Vi bruger cookies',
  message:
    'Nogle er nødvendige, for at denne hjemmeside kan fungere. Med dit samtykke bruger vi dem også til at måle trafikken på hjemmesiden og vise indhold fra andre tjenester.',
  withdraw: 'Du kan til enhver tid ændre dit samtykke eller trække det tilbage; dit valg gemmes i {duration}.',
  policyLink: 'Cookiepolitik',
  privacyLink: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  preferencesTitle: 'Cookieindstillinger',
  save: 'Gem mine valg',
  saved: 'Dine valg er gemt.',
  close: 'Luk',
  alwaysOn: 'Altid aktive',
  cookieCount: 'Cookies: {count}',
  cookieTable: 'Cookies i kategorien »{category}«',
  serviceCookieTable: 'Cookies i tjenesten »{service}«',
  cookieName: 'Cookie',
  provider: 'Udbyder',
  function: 'Funktion og placering',
  purpose: 'Formål',
  duration: 'Varighed',
  whatIsCookie: 'Hvad er en cookie?',
  cookieDefinition: 'En cookie er en lille mængde data, som en hjemmeside gemmer i din browser.',
  necessary: 'Nødvendige',
  'necessary-description': 'Kræves, for at hjemmesiden kan fungere.',
  statistical: 'Statistik',
  'statistical-description': 'Måler trafikken på hjemmesiden.',
  'first-party': 'Interne',
  'first-party-description': 'Husker dine præferencer.',
  'third-party': 'Tredjepart',
  'third-party-description': 'Sættes af indlejrede tjenester såsom videoer eller kort.',
  optOutTitle: 'Dine privatlivsvalg',
  optOutMessage:
    'Vi bruger cookies til at måle vores trafik og til at vise indhold og annoncer fra andre tjenester. Du kan til enhver tid fravælge salg eller deling af dine personoplysninger.',
  optOut: 'Sælg eller del ikke mine personoplysninger',
  acknowledge: 'OK',
  optedOut: 'Udført: Dine personoplysninger bliver ikke solgt eller delt.',
};

export default texts;
