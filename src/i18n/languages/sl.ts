/** Slovenian texts (terms as the Informacijski pooblaščenec uses them: „piškotki“, „privolitev“, „preklicati privolitev“). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Uporabljamo piškotke',
  message:
    'Nekateri so nujni za delovanje tega spletnega mesta. Z vašo privolitvijo jih uporabljamo tudi za merjenje obiskanosti in prikaz vsebin drugih storitev.',
  withdraw: 'Privolitev lahko kadar koli spremenite ali prekličete; vašo izbiro hranimo {duration}.',
  policyLink: 'Politika piškotkov',
  privacyLink: 'Politika zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  preferencesTitle: 'Nastavitve piškotkov',
  save: 'Shrani mojo izbiro',
  saved: 'Vaša izbira je shranjena.',
  close: 'Zapri',
  alwaysOn: 'Vedno vklopljeni',
  cookieCount: 'Piškotki: {count}',
  cookieTable: 'Piškotki v kategoriji „{category}“',
  serviceCookieTable: 'Piškotki v storitvi „{service}“',
  cookieName: 'Piškotek',
  provider: 'Ponudnik',
  function: 'Funkcija in lokacija',
  purpose: 'Namen',
  duration: 'Trajanje',
  whatIsCookie: 'Kaj je piškotek?',
  cookieDefinition: 'Piškotek je majhen sklop podatkov, ki ga spletno mesto shrani v vaš brskalnik.',
  necessary: 'Nujni',
  'necessary-description': 'Potrebni za delovanje spletnega mesta.',
  statistical: 'Statistični',
  'statistical-description': 'Merijo obiskanost spletnega mesta.',
  'first-party': 'Notranji',
  'first-party-description': 'Zapomnijo si vaše nastavitve.',
  'third-party': 'Tretjih oseb',
  'third-party-description': 'Nastavijo jih vdelane storitve, na primer videoposnetki ali zemljevidi.',
  optOutTitle: 'Vaše izbire glede zasebnosti',
  optOutMessage:
    'Piškotke uporabljamo za merjenje naše obiskanosti ter prikaz vsebin in oglasov drugih storitev. Kadar koli lahko ugovarjate prodaji ali deljenju svojih osebnih podatkov.',
  optOut: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  acknowledge: 'V redu',
  optedOut: 'Končano: vaši osebni podatki ne bodo prodani ali deljeni.',
};

export default texts;
