/** Romanian texts (terms as the ANSPDCP uses them: „cookie-uri”, „consimțământ”, „retragerea consimțământului”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Folosim cookie-uri',
  message:
    'Unele sunt necesare pentru funcționarea acestui site. Cu consimțământul dumneavoastră, le folosim și pentru a măsura audiența site-ului și a afișa conținut de la alte servicii.',
  withdraw:
    'Vă puteți modifica sau retrage consimțământul în orice moment; alegerea dumneavoastră este păstrată timp de {duration}.',
  policyLink: 'Politica privind cookie-urile',
  privacyLink: 'Politica de confidențialitate',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  customize: 'Personalizați',
  preferencesTitle: 'Preferințe privind cookie-urile',
  save: 'Salvați alegerile mele',
  saved: 'Alegerile dumneavoastră au fost salvate.',
  close: 'Închideți',
  alwaysOn: 'Întotdeauna active',
  cookieCount: 'Cookie-uri: {count}',
  cookieTable: 'Cookie-uri din categoria „{category}”',
  serviceCookieTable: 'Cookie-uri din serviciul „{service}”',
  cookieName: 'Cookie',
  provider: 'Furnizor',
  function: 'Funcție și locație',
  purpose: 'Scop',
  duration: 'Durată',
  whatIsCookie: 'Ce este un cookie?',
  cookieDefinition:
    'Un cookie este o mică porțiune de date pe care un site web o stochează în browserul dumneavoastră.',
  necessary: 'Necesare',
  'necessary-description': 'Necesare pentru funcționarea site-ului.',
  statistical: 'Statistice',
  'statistical-description': 'Măsoară audiența site-ului.',
  'first-party': 'Interne',
  'first-party-description': 'Rețin preferințele dumneavoastră.',
  'third-party': 'De la terți',
  'third-party-description': 'Plasate de servicii încorporate, cum ar fi videoclipuri sau hărți.',
  optOutTitle: 'Opțiunile dumneavoastră privind confidențialitatea',
  optOutMessage:
    'Folosim cookie-uri pentru a ne măsura audiența și a afișa conținut și reclame de la alte servicii. Vă puteți opune oricând vânzării sau partajării informațiilor dumneavoastră personale.',
  optOut: 'Nu vindeți și nu partajați informațiile mele personale',
  acknowledge: 'OK',
  optedOut: 'Gata: informațiile dumneavoastră personale nu vor fi vândute sau partajate.',
};

export default texts;
