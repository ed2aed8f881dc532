/** Welsh texts (terms as the ICO uses them: ‘cwcis’, ‘caniatâd’, ‘tynnu caniatâd yn ôl’). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Rydym yn defnyddio cwcis',
  message:
    'Mae rhai ohonynt yn angenrheidiol er mwyn i’r wefan hon weithio. Gyda’ch caniatâd, rydym hefyd yn eu defnyddio i fesur ei chynulleidfa ac i ddangos cynnwys gan wasanaethau eraill.',
  withdraw: 'Gallwch newid eich caniatâd neu ei dynnu’n ôl ar unrhyw adeg; caiff eich dewis ei gadw am {duration}.',
  policyLink: 'Polisi cwcis',
  privacyLink: 'Polisi preifatrwydd',
  acceptAll: 'Derbyn y cyfan',
  rejectAll: 'Gwrthod y cyfan',
  customize: 'Addasu',
  preferencesTitle: 'Dewisiadau cwcis',
  save: 'Cadw fy newisiadau',
  saved: 'Mae eich dewisiadau wedi’u cadw.',
  close: 'Cau',
  alwaysOn: 'Ymlaen bob amser',
  cookieCount: 'Cwcis: {count}',
  cookieTable: 'Cwcis yn y categori ‘{category}’',
  serviceCookieTable: 'Cwcis yn y gwasanaeth ‘{service}’',
  cookieName: 'Cwci',
  provider: 'Darparwr',
  function: 'Swyddogaeth a lleoliad',
  purpose: 'Diben',
  duration: 'Hyd',
  whatIsCookie: 'Beth yw cwci?',
  cookieDefinition: 'Darn bach o ddata y mae gwefan yn ei storio yn eich porwr yw cwci.',
  necessary: 'Angenrheidiol',
  'necessary-description': 'Mae eu hangen er mwyn i’r wefan weithio.',
  statistical: 'Ystadegau',
  'statistical-description': 'Mesur cynulleidfa’r wefan.',
  'first-party': 'Mewnol',
  'first-party-description': 'Cofio eich dewisiadau.',
  'third-party': 'Trydydd parti',
  'third-party-description': 'Wedi’u gosod gan wasanaethau sydd wedi’u hymgorffori, fel fideos neu fapiau.',
  optOutTitle: 'Eich dewisiadau preifatrwydd',
  optOutMessage:
    'Rydym yn defnyddio cwcis i fesur ein cynulleidfa ac i ddangos cynnwys a hysbysebion gan wasanaethau eraill. Gallwch optio allan o werthu neu rannu eich gwybodaeth bersonol ar unrhyw adeg.',
  optOut: 'Peidiwch â gwerthu na rhannu fy ngwybodaeth bersonol',
  acknowledge: 'Iawn',
  optedOut: 'Wedi’i wneud: ni fydd eich gwybodaeth bersonol yn cael ei gwerthu na’i rhannu.',
};

export default texts;
