/** Lithuanian texts (terms as the VDAI uses them: „slapukai“, „sutikimas“, „atšaukti sutikimą“). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Naudojame slapukus',
  message:
    'Kai kurie iš jų būtini, kad ši svetainė veiktų. Jums sutikus, juos taip pat naudojame svetainės lankomumui matuoti ir kitų paslaugų turiniui rodyti.',
  withdraw: 'Sutikimą galite bet kada pakeisti arba atšaukti; jūsų pasirinkimo saugojimo laikotarpis – {duration}.',
  policyLink: 'Slapukų politika',
  privacyLink: 'Privatumo politika',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  preferencesTitle: 'Slapukų nuostatos',
  save: 'Išsaugoti pasirinkimus',
  saved: 'Jūsų pasirinkimai išsaugoti.',
  close: 'Uždaryti',
  alwaysOn: 'Visada aktyvūs',
  cookieCount: 'Slapukai: {count}',
  cookieTable: 'Kategorijos „{category}“ slapukai',
  serviceCookieTable: 'Paslaugos „{service}“ slapukai',
  cookieName: 'Slapukas',
  provider: 'Teikėjas',
  function: 'Funkcija ir vieta',
  purpose: 'Tikslas',
  duration: 'Trukmė',
  whatIsCookie: 'Kas yra slapukas?',
  cookieDefinition: 'Slapukas – tai nedidelis duomenų rinkinys, kurį svetainė išsaugo jūsų naršyklėje.',
  necessary: 'Būtinieji',
  'necessary-description': 'Reikalingi, kad svetainė veiktų.',
  statistical: 'Statistiniai',
  'statistical-description': 'Matuoja svetainės lankomumą.',
  'first-party': 'Vidiniai',
  'first-party-description': 'Įsimena jūsų nuostatas.',
  'third-party': 'Trečiųjų šalių',
  'third-party-description': 'Juos nustato įterptos paslaugos, pavyzdžiui, vaizdo įrašai ar žemėlapiai.',
  optOutTitle: 'Jūsų privatumo pasirinkimai',
  optOutMessage:
    'Slapukus naudojame auditorijai matuoti ir kitų paslaugų turiniui bei reklamai rodyti. Bet kada galite atsisakyti, kad jūsų asmeninė informacija būtų parduodama ar ja būtų dalijamasi.',
  optOut: 'Neparduoti mano asmeninės informacijos ir ja nesidalyti',
  acknowledge: 'Gerai',
  optedOut: 'Atlikta: jūsų asmeninė informacija nebus parduodama ir ja nebus dalijamasi.',
};

export default texts;
