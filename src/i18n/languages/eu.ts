/** Basque texts (terms as the Basque Data Protection Authority uses them: «cookieak», «baimena», «baimena kendu»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Cookieak erabiltzen ditugu',
  message:
    'Batzuk beharrezkoak dira webgune honek funtziona dezan. Zure baimenarekin, webgunearen audientzia neurtzeko eta beste zerbitzu batzuetako edukia erakusteko ere erabiltzen ditugu.',
  withdraw: 'Edonoiz aldatu edo kendu dezakezu zure baimena; zure aukera gordetzeko epea {duration} da.',
  policyLink: 'Cookie-politika',
  privacyLink: 'Pribatutasun-politika',
  acceptAll: 'Onartu guztiak',
  rejectAll: 'Baztertu guztiak',
  customize: 'Pertsonalizatu',
  preferencesTitle: 'Cookie-hobespenak',
  save: 'Gorde nire aukerak',
  saved: 'Zure aukerak gorde dira.',
  close: 'Itxi',
  alwaysOn: 'Beti aktibo',
  cookieCount: 'Cookieak: {count}',
  cookieTable: '«{category}» kategoriako cookieak',
  serviceCookieTable: '«{service}» zerbitzuko cookieak',
  cookieName: 'Cookiea',
  provider: 'Hornitzailea',
  function: 'Funtzioa eta kokapena',
  purpose: 'Helburua',
  duration: 'Iraupena',
  whatIsCookie: 'Zer da cookie bat?',
  cookieDefinition: 'Cookie bat webgune batek zure nabigatzailean gordetzen duen datu zati txiki bat da.',
  necessary: 'Beharrezkoak',
  'necessary-description': 'Webguneak funtziona dezan behar dira.',
  statistical: 'Estatistikoak',
  'statistical-description': 'Webgunearen audientzia neurtzen dute.',
  'first-party': 'Barnekoak',
  'first-party-description': 'Zure hobespenak gogoratzen dituzte.',
  'third-party': 'Hirugarrenenak',
  'third-party-description': 'Txertatutako zerbitzuek ezartzen dituzte, hala nola bideoek edo mapek.',
  optOutTitle: 'Zure pribatutasun-aukerak',
  optOutMessage:
    'Cookieak erabiltzen ditugu gure audientzia neurtzeko eta beste zerbitzu batzuetako edukia eta iragarkiak erakusteko. Edonoiz egin diezaiokezu aurka zure informazio pertsonala saltzeari edo partekatzeari.',
  optOut: 'Ez saldu eta ez partekatu nire informazio pertsonala',
  acknowledge: 'Ados',
  optedOut: 'Eginda: zure informazio pertsonala ez da salduko, ezta partekatuko ere.',
};

export default texts;
