/** Croatian texts (terms as the AZOP uses them: „kolačići“, „privola“, „povući privolu“). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Upotrebljavamo kolačiće',
  message:
    'Neki su nužni za rad ove mrežne stranice. Uz vašu privolu upotrebljavamo ih i za mjerenje njezine posjećenosti te za prikaz sadržaja drugih usluga.',
  withdraw: 'Privolu možete u bilo kojem trenutku promijeniti ili povući; vaš se odabir čuva {duration}.',
  policyLink: 'Pravila o kolačićima',
  privacyLink: 'Pravila o privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  preferencesTitle: 'Postavke kolačića',
  save: 'Spremi moj odabir',
  saved: 'Vaš je odabir spremljen.',
  close: 'Zatvori',
  alwaysOn: 'Uvijek aktivni',
  cookieCount: 'Kolačići: {count}',
  cookieTable: 'Kolačići kategorije „{category}“',
  serviceCookieTable: 'Kolačići usluge „{service}“',
  cookieName: 'Kolačić',
  provider: 'Pružatelj',
  function: 'Funkcija i lokacija',
  purpose: 'Svrha',
  duration: 'Trajanje',
  whatIsCookie: 'Što je kolačić?',
  cookieDefinition: 'Kolačić je mala količina podataka koju mrežna stranica pohranjuje u vašem pregledniku.',
  necessary: 'Nužni',
  'necessary-description': 'Potrebni za rad stranice.',
  statistical: 'Statistički',
  'statistical-description': 'Mjere posjećenost stranice.',
  'first-party': 'Interni',
  'first-party-description': 'Pamte vaše postavke.',
  'third-party': 'Treće strane',
  'third-party-description': 'Postavljaju ih ugrađene usluge poput videozapisa ili karata.',
  optOutTitle: 'Vaši izbori u vezi s privatnošću',
  optOutMessage:
    'Kolačiće upotrebljavamo za mjerenje naše posjećenosti te za prikaz sadržaja i oglasa drugih usluga. U bilo kojem trenutku možete se usprotiviti prodaji ili dijeljenju svojih osobnih podataka.',
  optOut: 'Nemojte prodavati ni dijeliti moje osobne podatke',
  acknowledge: 'U redu',
  optedOut: 'Gotovo: vaši osobni podaci neće se prodavati ni dijeliti.',
};

export default texts;
