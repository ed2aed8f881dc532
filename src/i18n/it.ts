/** Italian texts. */

import type { Texts } from './en.js';

export const it: Texts = {
  title: 'Utilizziamo i cookie',
  message:
    'Alcuni sono necessari per il funzionamento del sito. Con il tuo consenso, li usiamo anche per misurare il pubblico e mostrare contenuti di altri servizi.',
  policyLink: 'Informativa sui cookie',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  preferencesTitle: 'Preferenze sui cookie',
  save: 'Salva le mie scelte',
  saved: 'Le tue scelte sono state salvate.',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  cookieName: 'Cookie',
  provider: 'Fornitore',
  purpose: 'Finalità',
  duration: 'Durata',
  whatIsCookie: 'Che cos’è un cookie?',
  cookieDefinition: 'Un cookie è un piccolo file che un sito web salva nel tuo browser.',
  necessary: 'Necessari',
  'necessary-description': 'Indispensabili per il funzionamento del sito.',
  statistical: 'Statistici',
  'statistical-description': 'Misurano il pubblico del sito.',
  'first-party': 'Interni',
  'first-party-description': 'Ricordano le tue preferenze.',
  'third-party': 'Di terze parti',
  'third-party-description': 'Impostati da servizi integrati, come video o mappe.',
};
