/** Swedish texts (terms as IMY uses them: ”kakor”, ”samtycke”, ”återkalla samtycket”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Vi använder kakor',
  message:
    'Vissa är nödvändiga för att webbplatsen ska fungera. Med ditt samtycke använder vi dem även för besöksmätning och för att visa innehåll från andra tjänster.',
  withdraw: 'Du kan när som helst ändra eller återkalla ditt samtycke; ditt val sparas i {duration}.',
  policyLink: 'Policy för kakor',
  privacyLink: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  preferencesTitle: 'Inställningar för kakor',
  save: 'Spara mina val',
  saved: 'Dina val har sparats.',
  close: 'Stäng',
  alwaysOn: 'Alltid aktiva',
  cookieCount: 'Kakor: {count}',
  cookieTable: 'Kakor i kategorin ”{category}”',
  serviceCookieTable: 'Kakor i tjänsten ”{service}”',
  cookieName: 'Kaka',
  provider: 'Leverantör',
  function: 'Funktion och plats',
  purpose: 'Syfte',
  duration: 'Lagringstid',
  whatIsCookie: 'Vad är en kaka?',
  cookieDefinition: 'En kaka är en liten mängd data som en webbplats sparar i din webbläsare.',
  necessary: 'Nödvändiga',
  'necessary-description': 'Behövs för att webbplatsen ska fungera.',
  statistical: 'Statistik',
  'statistical-description': 'Mäter trafiken på webbplatsen.',
  'first-party': 'Interna',
  'first-party-description': 'Kommer ihåg dina inställningar.',
  'third-party': 'Tredje part',
  'third-party-description': 'Placeras av inbäddade tjänster, till exempel videoklipp eller kartor.',
  optOutTitle: 'Dina integritetsval',
  optOutMessage:
    'Vi använder kakor för besöksmätning och för att visa innehåll och annonser från andra tjänster. Du kan när som helst tacka nej till att dina personuppgifter säljs eller delas.',
  optOut: 'Sälj eller dela inte mina personuppgifter',
  acknowledge: 'OK',
  optedOut: 'Klart: dina personuppgifter kommer inte att säljas eller delas.',
};

export default texts;
