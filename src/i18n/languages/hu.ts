/** Hungarian texts (terms as the NAIH uses them: „süti”, „hozzájárulás”, „hozzájárulás visszavonása”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Sütiket használunk',
  message:
    'Egy részük a webhely működéséhez szükséges. Az Ön hozzájárulásával a látogatottság mérésére és más szolgáltatások tartalmainak megjelenítésére is használjuk őket.',
  withdraw:
    'Hozzájárulását bármikor módosíthatja vagy visszavonhatja; döntését a következő ideig őrizzük meg: {duration}.',
  policyLink: 'Sütikezelési tájékoztató',
  privacyLink: 'Adatvédelmi tájékoztató',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  preferencesTitle: 'Sütibeállítások',
  save: 'Választásaim mentése',
  saved: 'Választását elmentettük.',
  close: 'Bezárás',
  alwaysOn: 'Mindig aktív',
  cookieCount: 'Sütik: {count}',
  cookieTable: 'Sütik ebben a kategóriában: „{category}”',
  serviceCookieTable: 'Sütik ebben a szolgáltatásban: „{service}”',
  cookieName: 'Süti',
  provider: 'Szolgáltató',
  function: 'Funkció és hely',
  purpose: 'Cél',
  duration: 'Időtartam',
  whatIsCookie: 'Mi az a süti?',
  cookieDefinition: 'A süti egy kis adatcsomag, amelyet egy webhely az Ön böngészőjében tárol.',
  necessary: 'Szükséges',
  'necessary-description': 'A webhely működéséhez szükségesek.',
  statistical: 'Statisztikai',
  'statistical-description': 'A webhely látogatottságát mérik.',
  'first-party': 'Belső',
  'first-party-description': 'Megjegyzik az Ön beállításait.',
  'third-party': 'Harmadik féltől származó',
  'third-party-description': 'Beágyazott szolgáltatások, például videók vagy térképek helyezik el őket.',
  optOutTitle: 'Az Ön adatvédelmi döntései',
  optOutMessage:
    'Sütiket használunk a látogatottság mérésére, valamint más szolgáltatások tartalmainak és hirdetéseinek megjelenítésére. Bármikor tiltakozhat személyes adatai eladása vagy megosztása ellen.',
  optOut: 'Ne adják el és ne osszák meg a személyes adataimat',
  acknowledge: 'Rendben',
  optedOut: 'Kész: személyes adatait nem adjuk el és nem osztjuk meg.',
};

export default texts;
