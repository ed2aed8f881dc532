/** Czech texts (terms as the ÚOOÚ uses them: „soubory cookie“, „souhlas“, „odvolat souhlas“). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Používáme soubory cookie',
  message:
    'Některé jsou nezbytné pro fungování tohoto webu. S vaším souhlasem je používáme také k měření jeho návštěvnosti a k zobrazování obsahu z jiných služeb.',
  withdraw: 'Svůj souhlas můžete kdykoli změnit nebo odvolat; vaše volba bude uložena na {duration}.',
  policyLink: 'Zásady používání souborů cookie',
  privacyLink: 'Zásady ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  preferencesTitle: 'Nastavení souborů cookie',
  save: 'Uložit můj výběr',
  saved: 'Váš výběr byl uložen.',
  close: 'Zavřít',
  alwaysOn: 'Vždy aktivní',
  cookieCount: 'Soubory cookie: {count}',
  cookieTable: 'Soubory cookie v kategorii „{category}“',
  serviceCookieTable: 'Soubory cookie ve službě „{service}“',
  cookieName: 'Soubor cookie',
  provider: 'Poskytovatel',
  function: 'Funkce a umístění',
  purpose: 'Účel',
  duration: 'Doba platnosti',
  whatIsCookie: 'Co je soubor cookie?',
  cookieDefinition: 'Soubor cookie je malé množství dat, které webová stránka ukládá do vašeho prohlížeče.',
  necessary: 'Nezbytné',
  'necessary-description': 'Potřebné pro fungování webu.',
  statistical: 'Statistické',
  'statistical-description': 'Měří návštěvnost webu.',
  'first-party': 'Interní',
  'first-party-description': 'Pamatují si vaše předvolby.',
  'third-party': 'Třetích stran',
  'third-party-description': 'Nastavují je vložené služby, například videa nebo mapy.',
  optOutTitle: 'Vaše volby ochrany soukromí',
  optOutMessage:
    'Soubory cookie používáme k měření naší návštěvnosti a k zobrazování obsahu a reklam z jiných služeb. Prodej nebo sdílení svých osobních údajů můžete kdykoli odmítnout.',
  optOut: 'Neprodávat ani nesdílet mé osobní údaje',
  acknowledge: 'Rozumím',
  optedOut: 'Hotovo: vaše osobní údaje nebudou prodány ani sdíleny.',
};

export default texts;
