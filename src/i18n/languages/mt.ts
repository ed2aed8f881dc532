/** Maltese texts (terms as the IDPC uses them: “cookies”, “kunsens”, “tirtira l-kunsens”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Nużaw il-cookies',
  message:
    'Xi wħud minnhom huma meħtieġa biex dan is-sit jaħdem. Bil-kunsens tiegħek, nużawhom ukoll biex inkejlu l-udjenza tiegħu u nuru kontenut minn servizzi oħra.',
  withdraw: 'Tista’ tibdel jew tirtira l-kunsens tiegħek fi kwalunkwe ħin; l-għażla tiegħek tinżamm għal {duration}.',
  policyLink: 'Politika dwar il-cookies',
  privacyLink: 'Politika tal-privatezza',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Personalizza',
  preferencesTitle: 'Preferenzi tal-cookies',
  save: 'Issejvja l-għażliet tiegħi',
  saved: 'L-għażliet tiegħek ġew issejvjati.',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem attivi',
  cookieCount: 'Cookies: {count}',
  cookieTable: 'Cookies tal-kategorija “{category}”',
  serviceCookieTable: 'Cookies tas-servizz “{service}”',
  cookieName: 'Cookie',
  provider: 'Fornitur',
  function: 'Funzjoni u lokazzjoni',
  purpose: 'Skop',
  duration: 'Tul ta’ żmien',
  whatIsCookie: 'X’inhu cookie?',
  cookieDefinition: 'Cookie huwa biċċa żgħira ta’ data li sit web jaħżen fil-browser tiegħek.',
  necessary: 'Meħtieġa',
  'necessary-description': 'Meħtieġa biex is-sit jaħdem.',
  statistical: 'Statistika',
  'statistical-description': 'Ikejlu l-udjenza tas-sit.',
  'first-party': 'Interni',
  'first-party-description': 'Jiftakru l-preferenzi tiegħek.',
  'third-party': 'Ta’ partijiet terzi',
  'third-party-description': 'Jitqiegħdu minn servizzi inkorporati bħal vidjows jew mapep.',
  optOutTitle: 'L-għażliet tiegħek dwar il-privatezza',
  optOutMessage:
    'Nużaw il-cookies biex inkejlu l-udjenza tagħna u nuru kontenut u reklami minn servizzi oħra. Tista’ toġġezzjona għall-bejgħ jew il-qsim tal-informazzjoni personali tiegħek fi kwalunkwe ħin.',
  optOut: 'Tbigħx u taqsamx l-informazzjoni personali tiegħi',
  acknowledge: 'OK',
  optedOut: 'Lest: l-informazzjoni personali tiegħek mhux se tinbiegħ jew tinqasam.',
};

export default texts;
