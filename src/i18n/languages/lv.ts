/** Latvian texts (terms as the DVI uses them: „sīkdatnes”, „piekrišana”, „atsaukt piekrišanu”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Mēs izmantojam sīkdatnes',
  message:
    'Dažas no tām ir nepieciešamas šīs vietnes darbībai. Ar jūsu piekrišanu mēs tās izmantojam arī, lai mērītu vietnes apmeklētību un rādītu citu pakalpojumu saturu.',
  withdraw: 'Jūs jebkurā laikā varat mainīt vai atsaukt savu piekrišanu; jūsu izvēles glabāšanas laiks: {duration}.',
  policyLink: 'Sīkdatņu politika',
  privacyLink: 'Privātuma politika',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  preferencesTitle: 'Sīkdatņu iestatījumi',
  save: 'Saglabāt manu izvēli',
  saved: 'Jūsu izvēle ir saglabāta.',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr aktīvas',
  cookieCount: 'Sīkdatnes: {count}',
  cookieTable: 'Kategorijas „{category}” sīkdatnes',
  serviceCookieTable: 'Pakalpojuma „{service}” sīkdatnes',
  cookieName: 'Sīkdatne',
  provider: 'Nodrošinātājs',
  function: 'Funkcija un atrašanās vieta',
  purpose: 'Mērķis',
  duration: 'Ilgums',
  whatIsCookie: 'Kas ir sīkdatne?',
  cookieDefinition: 'Sīkdatne ir neliels datu fragments, ko tīmekļvietne saglabā jūsu pārlūkprogrammā.',
  necessary: 'Nepieciešamās',
  'necessary-description': 'Vajadzīgas vietnes darbībai.',
  statistical: 'Statistikas',
  'statistical-description': 'Mēra vietnes apmeklētību.',
  'first-party': 'Iekšējās',
  'first-party-description': 'Atceras jūsu iestatījumus.',
  'third-party': 'Trešo pušu',
  'third-party-description': 'Tās iestata iegulti pakalpojumi, piemēram, video vai kartes.',
  optOutTitle: 'Jūsu privātuma izvēles',
  optOutMessage:
    'Mēs izmantojam sīkdatnes, lai mērītu mūsu auditoriju un rādītu citu pakalpojumu saturu un reklāmas. Jūs jebkurā laikā varat atteikties no savas personiskās informācijas pārdošanas vai kopīgošanas.',
  optOut: 'Nepārdot un nekopīgot manu personisko informāciju',
  acknowledge: 'Labi',
  optedOut: 'Gatavs: jūsu personiskā informācija netiks pārdota vai kopīgota.',
};

export default texts;
