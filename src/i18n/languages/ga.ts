/** Irish texts (terms as the Data Protection Commission and téarma.ie use them: “fianáin”, “toiliú”, “toiliú a tharraingt siar”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Úsáidimid fianáin',
  message:
    'Tá cuid acu riachtanach chun go n-oibreoidh an suíomh seo. Le do thoiliú, úsáidimid iad freisin chun líon cuairteoirí an tsuímh a thomhas agus chun ábhar ó sheirbhísí eile a thaispeáint.',
  withdraw:
    'Is féidir leat do thoiliú a athrú nó a tharraingt siar tráth ar bith; coinnítear do rogha ar feadh {duration}.',
  policyLink: 'Beartas fianán',
  privacyLink: 'Beartas príobháideachais',
  acceptAll: 'Glac leis an iomlán',
  rejectAll: 'Diúltaigh don iomlán',
  customize: 'Saincheap',
  preferencesTitle: 'Roghanna fianán',
  save: 'Sábháil mo roghanna',
  saved: 'Sábháladh do roghanna.',
  close: 'Dún',
  alwaysOn: 'Ar siúl i gcónaí',
  cookieCount: 'Fianáin: {count}',
  cookieTable: 'Fianáin sa chatagóir “{category}”',
  serviceCookieTable: 'Fianáin sa tseirbhís “{service}”',
  cookieName: 'Fianán',
  provider: 'Soláthraí',
  function: 'Feidhm agus láthair',
  purpose: 'Cuspóir',
  duration: 'Fad',
  whatIsCookie: 'Cad is fianán ann?',
  cookieDefinition: 'Is éard is fianán ann ná píosa beag sonraí a stórálann suíomh gréasáin i do bhrabhsálaí.',
  necessary: 'Riachtanach',
  'necessary-description': 'Teastaíonn siad chun go n-oibreoidh an suíomh.',
  statistical: 'Staitisticí',
  'statistical-description': 'Tomhaiseann siad líon cuairteoirí an tsuímh.',
  'first-party': 'Inmheánach',
  'first-party-description': 'Cuimhníonn siad ar do roghanna.',
  'third-party': 'Tríú páirtí',
  'third-party-description': 'Socraíonn seirbhísí leabaithe iad, mar shampla físeáin nó léarscáileanna.',
  optOutTitle: 'Do roghanna príobháideachais',
  optOutMessage:
    'Úsáidimid fianáin chun líon ár gcuairteoirí a thomhas agus chun ábhar agus fógraí ó sheirbhísí eile a thaispeáint. Is féidir leat diúltú tráth ar bith do dhíol nó do chomhroinnt d’fhaisnéise pearsanta.',
  optOut: 'Ná díol ná comhroinn m’fhaisnéis phearsanta',
  acknowledge: 'Ceart go leor',
  optedOut: 'Déanta: ní dhíolfar ná ní chomhroinnfear d’fhaisnéis phearsanta.',
};

export default texts;
