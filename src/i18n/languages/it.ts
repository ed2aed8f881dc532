/** Italian texts (terms as the Garante uses them: «cookie», «consenso», «revocare il consenso»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Utilizziamo i cookie',
  message:
    'Alcuni sono necessari per il funzionamento del sito. Con il Suo consenso, li utilizziamo anche per misurarne il pubblico e mostrare contenuti di altri servizi.',
  withdraw:
    'Può modificare o revocare il consenso in qualsiasi momento; la Sua scelta viene conservata per {duration}.',
  policyLink: 'Informativa sui cookie',
  privacyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  preferencesTitle: 'Preferenze sui cookie',
  save: 'Salva le mie scelte',
  saved: 'Le Sue scelte sono state salvate.',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  cookieCount: 'Cookie: {count}',
  cookieTable: 'Cookie della categoria «{category}»',
  serviceCookieTable: 'Cookie del servizio «{service}»',
  cookieName: 'Cookie',
  provider: 'Fornitore',
  function: 'Funzione e ubicazione',
  purpose: 'Finalità',
  duration: 'Durata',
  whatIsCookie: 'Che cos’è un cookie?',
  cookieDefinition: 'Un cookie è una piccola quantità di dati che un sito web memorizza nel Suo browser.',
  necessary: 'Necessari',
  'necessary-description': 'Indispensabili per il funzionamento del sito.',
  statistical: 'Statistici',
  'statistical-description': 'Misurano il pubblico del sito.',
  'first-party': 'Interni',
  'first-party-description': 'Ricordano le Sue preferenze.',
  'third-party': 'Di terze parti',
  'third-party-description': 'Installati da servizi incorporati, come video o mappe.',
  optOutTitle: 'Le Sue scelte sulla privacy',
  optOutMessage:
    'Utilizziamo i cookie per misurare il nostro pubblico e mostrare contenuti e annunci pubblicitari di altri servizi. Può opporsi in qualsiasi momento alla vendita o alla condivisione dei Suoi dati personali.',
  optOut: 'Non vendere né condividere i miei dati personali',
  acknowledge: 'OK',
  optedOut: 'Fatto: i Suoi dati personali non saranno venduti né condivisi.',
};

export default texts;
