/** Albanian texts (terms as the Information and Data Protection Commissioner (IDP) uses them: «cookies», «pëlqim», «tërheq pëlqimin»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Ne përdorim cookies',
  message:
    'Disa janë të nevojshme që kjo faqe të funksionojë. Me pëlqimin tuaj, i përdorim gjithashtu për të matur audiencën e saj dhe për të shfaqur përmbajtje nga shërbime të tjera.',
  withdraw: 'Mund ta ndryshoni ose ta tërhiqni pëlqimin tuaj në çdo kohë; zgjedhja juaj ruhet për {duration}.',
  policyLink: 'Politika e cookie-ve',
  privacyLink: 'Politika e privatësisë',
  acceptAll: 'Prano të gjitha',
  rejectAll: 'Refuzo të gjitha',
  customize: 'Personalizo',
  preferencesTitle: 'Cilësimet e cookie-ve',
  save: 'Ruaj zgjedhjet e mia',
  saved: 'Zgjedhjet tuaja u ruajtën.',
  close: 'Mbyll',
  alwaysOn: 'Gjithmonë aktive',
  cookieCount: 'Cookie-t: {count}',
  cookieTable: 'Cookie-t e kategorisë «{category}»',
  serviceCookieTable: 'Cookie-t e shërbimit «{service}»',
  cookieName: 'Cookie',
  provider: 'Ofruesi',
  function: 'Funksioni dhe vendndodhja',
  purpose: 'Qëllimi',
  duration: 'Kohëzgjatja',
  whatIsCookie: 'Çfarë është një cookie?',
  cookieDefinition: 'Një cookie është një pjesë e vogël të dhënash që një faqe interneti ruan në shfletuesin tuaj.',
  necessary: 'Të nevojshme',
  'necessary-description': 'Të domosdoshme për funksionimin e faqes.',
  statistical: 'Statistikore',
  'statistical-description': 'Matin audiencën e faqes.',
  'first-party': 'Të brendshme',
  'first-party-description': 'Mbajnë mend preferencat tuaja.',
  'third-party': 'Të palëve të treta',
  'third-party-description': 'Vendosen nga shërbime të integruara, si videot ose hartat.',
  optOutTitle: 'Zgjedhjet tuaja të privatësisë',
  optOutMessage:
    'Ne përdorim cookies për të matur audiencën tonë dhe për të shfaqur përmbajtje dhe reklama nga shërbime të tjera. Mund të refuzoni në çdo kohë shitjen ose ndarjen e të dhënave tuaja personale.',
  optOut: 'Mos i shitni dhe mos i ndani të dhënat e mia personale',
  acknowledge: 'Në rregull',
  optedOut: 'U krye: të dhënat tuaja personale nuk do të shiten dhe nuk do të ndahen.',
};

export default texts;
