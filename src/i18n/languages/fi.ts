/** Finnish texts (terms as Traficom and the Data Protection Ombudsman use them: ”evästeet”, ”suostumus”, ”peruuttaa suostumus”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Käytämme evästeitä',
  message:
    'Osa niistä on välttämättömiä tämän sivuston toiminnalle. Suostumuksellasi käytämme niitä myös sivuston kävijämäärien mittaamiseen ja muiden palvelujen sisältöjen näyttämiseen.',
  withdraw: 'Voit muuttaa suostumustasi tai peruuttaa sen milloin tahansa; valintasi säilytetään {duration}.',
  policyLink: 'Evästekäytäntö',
  privacyLink: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  preferencesTitle: 'Evästeasetukset',
  save: 'Tallenna valintani',
  saved: 'Valintasi on tallennettu.',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  cookieCount: 'Evästeet: {count}',
  cookieTable: 'Luokan ”{category}” evästeet',
  serviceCookieTable: 'Palvelun ”{service}” evästeet',
  cookieName: 'Eväste',
  provider: 'Tarjoaja',
  function: 'Toiminto ja sijainti',
  purpose: 'Käyttötarkoitus',
  duration: 'Voimassaoloaika',
  whatIsCookie: 'Mikä on eväste?',
  cookieDefinition: 'Eväste on pieni tietomäärä, jonka verkkosivusto tallentaa selaimeesi.',
  necessary: 'Välttämättömät',
  'necessary-description': 'Tarvitaan sivuston toimintaan.',
  statistical: 'Tilastointi',
  'statistical-description': 'Mittaavat sivuston kävijämääriä.',
  'first-party': 'Sisäiset',
  'first-party-description': 'Muistavat valintasi.',
  'third-party': 'Kolmannet osapuolet',
  'third-party-description': 'Upotettujen palvelujen, kuten videoiden tai karttojen, asettamat.',
  optOutTitle: 'Tietosuojavalintasi',
  optOutMessage:
    'Käytämme evästeitä kävijämäärien mittaamiseen sekä muiden palvelujen sisältöjen ja mainosten näyttämiseen. Voit milloin tahansa kieltää henkilötietojesi myynnin tai jakamisen.',
  optOut: 'Älä myy äläkä jaa henkilötietojani',
  acknowledge: 'OK',
  optedOut: 'Valmis: henkilötietojasi ei myydä eikä jaeta.',
};

export default texts;
