/** Estonian texts (terms as the Andmekaitse Inspektsioon uses them: „küpsised“, „nõusolek“, „nõusoleku tagasivõtmine“). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Kasutame küpsiseid',
  message:
    'Mõned neist on vajalikud selle veebisaidi toimimiseks. Teie nõusolekul kasutame neid ka veebisaidi külastatavuse mõõtmiseks ja teiste teenuste sisu kuvamiseks.',
  withdraw: 'Võite oma nõusolekut igal ajal muuta või selle tagasi võtta; teie valikut säilitatakse {duration}.',
  policyLink: 'Küpsiste kasutamise põhimõtted',
  privacyLink: 'Privaatsuspoliitika',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  preferencesTitle: 'Küpsiste seaded',
  save: 'Salvesta minu valikud',
  saved: 'Teie valikud on salvestatud.',
  close: 'Sulge',
  alwaysOn: 'Alati aktiivne',
  cookieCount: 'Küpsised: {count}',
  cookieTable: 'Kategooria „{category}“ küpsised',
  serviceCookieTable: 'Teenuse „{service}“ küpsised',
  cookieName: 'Küpsis',
  provider: 'Teenusepakkuja',
  function: 'Funktsioon ja asukoht',
  purpose: 'Eesmärk',
  duration: 'Kestus',
  whatIsCookie: 'Mis on küpsis?',
  cookieDefinition: 'Küpsis on väike kogus andmeid, mille veebisait teie brauserisse salvestab.',
  necessary: 'Vajalikud',
  'necessary-description': 'Vajalikud veebisaidi toimimiseks.',
  statistical: 'Statistika',
  'statistical-description': 'Mõõdavad veebisaidi külastatavust.',
  'first-party': 'Sisemised',
  'first-party-description': 'Jätavad meelde teie eelistused.',
  'third-party': 'Kolmandad osapooled',
  'third-party-description': 'Neid seavad manustatud teenused, nagu videod või kaardid.',
  optOutTitle: 'Teie privaatsusvalikud',
  optOutMessage:
    'Kasutame küpsiseid oma külastatavuse mõõtmiseks ning teiste teenuste sisu ja reklaamide kuvamiseks. Võite igal ajal keelduda oma isikuandmete müümisest või jagamisest.',
  optOut: 'Ärge müüge ega jagage minu isikuandmeid',
  acknowledge: 'Selge',
  optedOut: 'Valmis: teie isikuandmeid ei müüda ega jagata.',
};

export default texts;
