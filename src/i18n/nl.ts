/** Dutch texts, worded like the Dutch-language Opendatasoft portals. */

import type { Texts } from './en.js';

export const nl: Texts = {
  title: 'Wij gebruiken cookies',
  message:
    'Sommige zijn nodig om deze site te laten werken. Met uw toestemming gebruiken we ze ook om het bezoek te meten en inhoud van andere diensten te tonen.',
  policyLink: 'Cookiebeleid',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  preferencesTitle: 'Cookie-instellingen',
  save: 'Mijn keuzes opslaan',
  saved: 'Uw keuzes zijn opgeslagen.',
  close: 'Sluiten',
  alwaysOn: 'Altijd actief',
  cookieName: 'Cookie',
  provider: 'Aanbieder',
  purpose: 'Doel',
  duration: 'Bewaartermijn',
  whatIsCookie: 'Wat is een cookie?',
  cookieDefinition: 'Een cookie is een klein bestandje dat een website in uw browser opslaat.',
  necessary: 'Noodzakelijk',
  'necessary-description': 'Nodig om de site te laten werken.',
  statistical: 'Statistieken',
  'statistical-description': 'Meten het bezoek aan de site.',
  'first-party': 'Intern',
  'first-party-description': 'Onthouden uw voorkeuren.',
  'third-party': 'Derden',
  'third-party-description': 'Geplaatst door ingesloten diensten, zoals video’s en kaarten.',
};
