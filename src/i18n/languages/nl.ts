/** Dutch texts (terms as the Autoriteit Persoonsgegevens uses them: ‘cookies’, ‘toestemming’, ‘toestemming intrekken’). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Wij gebruiken cookies',
  message:
    'Sommige zijn nodig om deze site te laten werken. Met uw toestemming gebruiken we ze ook om het bezoek te meten en inhoud van andere diensten te tonen.',
  withdraw: 'U kunt uw toestemming op elk moment wijzigen of intrekken; uw keuze wordt {duration} bewaard.',
  policyLink: 'Cookiebeleid',
  privacyLink: 'Privacybeleid',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  preferencesTitle: 'Cookie-instellingen',
  save: 'Mijn keuzes opslaan',
  saved: 'Uw keuzes zijn opgeslagen.',
  close: 'Sluiten',
  alwaysOn: 'Altijd actief',
  cookieCount: 'Cookies: {count}',
  cookieTable: 'Cookies in de categorie ‘{category}’',
  serviceCookieTable: 'Cookies van de dienst ‘{service}’',
  cookieName: 'Cookie',
  provider: 'Aanbieder',
  function: 'Functie en locatie',
  purpose: 'Doel',
  duration: 'Bewaartermijn',
  whatIsCookie: 'Wat is een cookie?',
  cookieDefinition: 'Een cookie is een kleine hoeveelheid gegevens die een website in uw browser opslaat.',
  necessary: 'Noodzakelijk',
  'necessary-description': 'Nodig om de site te laten werken.',
  statistical: 'Statistieken',
  'statistical-description': 'Meten het bezoek aan de site.',
  'first-party': 'Intern',
  'first-party-description': 'Onthouden uw voorkeuren.',
  'third-party': 'Derden',
  'third-party-description': 'Geplaatst door ingesloten diensten, zoals video’s of kaarten.',
  optOutTitle: 'Uw privacykeuzes',
  optOutMessage:
    'Wij gebruiken cookies om ons bezoek te meten en inhoud en advertenties van andere diensten te tonen. U kunt op elk moment bezwaar maken tegen de verkoop of het delen van uw persoonsgegevens.',
  optOut: 'Mijn persoonsgegevens niet verkopen of delen',
  acknowledge: 'OK',
  optedOut: 'Klaar: uw persoonsgegevens worden niet verkocht of gedeeld.',
};

export default texts;
