/** Icelandic texts (terms as Persónuvernd uses them: „vafrakökur“, „samþykki“, „draga samþykki til baka“). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Við notum vafrakökur',
  message:
    'Sumar eru nauðsynlegar til að þessi vefur virki. Með samþykki þínu notum við þær einnig til að mæla aðsókn að vefnum og birta efni frá öðrum þjónustum.',
  withdraw: 'Þú getur hvenær sem er breytt samþykki þínu eða dregið það til baka; geymslutími vals þíns er {duration}.',
  policyLink: 'Vafrakökustefna',
  privacyLink: 'Persónuverndarstefna',
  acceptAll: 'Samþykkja allar',
  rejectAll: 'Hafna öllum',
  customize: 'Sérsníða',
  preferencesTitle: 'Stillingar fyrir vafrakökur',
  save: 'Vista val mitt',
  saved: 'Val þitt hefur verið vistað.',
  close: 'Loka',
  alwaysOn: 'Alltaf virkar',
  cookieCount: 'Vafrakökur: {count}',
  cookieTable: 'Vafrakökur í flokknum „{category}“',
  serviceCookieTable: 'Vafrakökur í þjónustunni „{service}“',
  cookieName: 'Vafrakaka',
  provider: 'Veitandi',
  function: 'Virkni og staðsetning',
  purpose: 'Tilgangur',
  duration: 'Gildistími',
  whatIsCookie: 'Hvað er vafrakaka?',
  cookieDefinition: 'Vafrakaka er lítill gagnabútur sem vefsvæði vistar í vafranum þínum.',
  necessary: 'Nauðsynlegar',
  'necessary-description': 'Þörf er á þeim til að vefurinn virki.',
  statistical: 'Tölfræði',
  'statistical-description': 'Mæla aðsókn að vefnum.',
  'first-party': 'Innri',
  'first-party-description': 'Muna kjörstillingar þínar.',
  'third-party': 'Þriðju aðilar',
  'third-party-description': 'Settar af innfelldri þjónustu á borð við myndskeið eða kort.',
  optOutTitle: 'Persónuverndarval þitt',
  optOutMessage:
    'Við notum vafrakökur til að mæla aðsókn og birta efni og auglýsingar frá öðrum þjónustum. Þú getur hvenær sem er afþakkað sölu eða miðlun persónuupplýsinga þinna.',
  optOut: 'Ekki selja persónuupplýsingar mínar eða deila þeim',
  acknowledge: 'Í lagi',
  optedOut: 'Lokið: persónuupplýsingar þínar verða ekki seldar og þeim verður ekki deilt.',
};

export default texts;
