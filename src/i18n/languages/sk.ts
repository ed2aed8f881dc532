/** Slovak texts (terms as the ÚOOÚ SR uses them: „súbory cookie“, „súhlas“, „odvolať súhlas“). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Používame súbory cookie',
  message:
    'Niektoré sú nevyhnutné na fungovanie tejto stránky. S vaším súhlasom ich používame aj na meranie jej návštevnosti a zobrazovanie obsahu z iných služieb.',
  withdraw: 'Svoj súhlas môžete kedykoľvek zmeniť alebo odvolať; vaša voľba sa uchová na {duration}.',
  policyLink: 'Zásady používania súborov cookie',
  privacyLink: 'Zásady ochrany osobných údajov',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  customize: 'Prispôsobiť',
  preferencesTitle: 'Nastavenia súborov cookie',
  save: 'Uložiť moje voľby',
  saved: 'Vaše voľby boli uložené.',
  close: 'Zavrieť',
  alwaysOn: 'Vždy aktívne',
  cookieCount: 'Súbory cookie: {count}',
  cookieTable: 'Súbory cookie v kategórii „{category}“',
  serviceCookieTable: 'Súbory cookie v službe „{service}“',
  cookieName: 'Súbor cookie',
  provider: 'Poskytovateľ',
  function: 'Funkcia a umiestnenie',
  purpose: 'Účel',
  duration: 'Doba platnosti',
  whatIsCookie: 'Čo je súbor cookie?',
  cookieDefinition: 'Súbor cookie je malé množstvo údajov, ktoré webová stránka uloží vo vašom prehliadači.',
  necessary: 'Nevyhnutné',
  'necessary-description': 'Potrebné na fungovanie stránky.',
  statistical: 'Štatistické',
  'statistical-description': 'Merajú návštevnosť stránky.',
  'first-party': 'Interné',
  'first-party-description': 'Pamätajú si vaše preferencie.',
  'third-party': 'Tretích strán',
  'third-party-description': 'Ukladajú ich vložené služby, napríklad videá alebo mapy.',
  optOutTitle: 'Vaše možnosti ochrany súkromia',
  optOutMessage:
    'Súbory cookie používame na meranie našej návštevnosti a zobrazovanie obsahu a reklám z iných služieb. Kedykoľvek môžete namietať proti predaju alebo zdieľaniu svojich osobných údajov.',
  optOut: 'Nepredávať ani nezdieľať moje osobné údaje',
  acknowledge: 'OK',
  optedOut: 'Hotovo: vaše osobné údaje nebudú predávané ani zdieľané.',
};

export default texts;
