/** Norwegian Bokmål texts (terms as Datatilsynet uses them: «informasjonskapsler», «samtykke», «trekke tilbake samtykket»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Vi bruker informasjonskapsler',
  message:
    'Noen er nødvendige for at dette nettstedet skal fungere. Med ditt samtykke bruker vi dem også til å måle besøket på nettstedet og vise innhold fra andre tjenester.',
  withdraw: 'Du kan når som helst endre eller trekke tilbake samtykket ditt; valget ditt lagres i {duration}.',
  policyLink: 'Erklæring om informasjonskapsler',
  privacyLink: 'Personvernerklæring',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  preferencesTitle: 'Innstillinger for informasjonskapsler',
  save: 'Lagre valgene mine',
  saved: 'Valgene dine er lagret.',
  close: 'Lukk',
  alwaysOn: 'Alltid på',
  cookieCount: 'Informasjonskapsler: {count}',
  cookieTable: 'Informasjonskapsler i kategorien «{category}»',
  serviceCookieTable: 'Informasjonskapsler i tjenesten «{service}»',
  cookieName: 'Informasjonskapsel',
  provider: 'Leverandør',
  function: 'Funksjon og plassering',
  purpose: 'Formål',
  duration: 'Varighet',
  whatIsCookie: 'Hva er en informasjonskapsel?',
  cookieDefinition: 'En informasjonskapsel er en liten bit data som et nettsted lagrer i nettleseren din.',
  necessary: 'Nødvendige',
  'necessary-description': 'Trengs for at nettstedet skal fungere.',
  statistical: 'Statistikk',
  'statistical-description': 'Måler besøket på nettstedet.',
  'first-party': 'Interne',
  'first-party-description': 'Husker preferansene dine.',
  'third-party': 'Tredjepart',
  'third-party-description': 'Settes av innebygde tjenester, for eksempel videoer eller kart.',
  optOutTitle: 'Dine personvernvalg',
  optOutMessage:
    'Vi bruker informasjonskapsler til å måle besøket på nettstedet vårt og vise innhold og annonser fra andre tjenester. Du kan når som helst reservere deg mot salg eller deling av personopplysningene dine.',
  optOut: 'Ikke selg eller del personopplysningene mine',
  acknowledge: 'OK',
  optedOut: 'Ferdig: personopplysningene dine vil ikke bli solgt eller delt.',
};

export default texts;
