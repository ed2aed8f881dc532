/** Hindi texts (terms as the DPDP Act 2023 and MeitY use them: “कुकीज़”, “सहमति”, “सहमति वापस लेना”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'हम कुकीज़ का उपयोग करते हैं',
  message:
    'कुछ कुकीज़ इस साइट के काम करने के लिए आवश्यक हैं। आपकी सहमति से, हम इनका उपयोग साइट पर आने वालों की संख्या मापने और अन्य सेवाओं की सामग्री दिखाने के लिए भी करते हैं।',
  withdraw: 'आप किसी भी समय अपनी सहमति बदल सकते हैं या वापस ले सकते हैं; आपकी पसंद {duration} तक सहेजी जाती है।',
  policyLink: 'कुकी नीति',
  privacyLink: 'गोपनीयता नीति',
  acceptAll: 'सभी स्वीकार करें',
  rejectAll: 'सभी अस्वीकार करें',
  customize: 'अनुकूलित करें',
  preferencesTitle: 'कुकी प्राथमिकताएँ',
  save: 'मेरी पसंद सहेजें',
  saved: 'आपकी पसंद सहेज ली गई है।',
  close: 'बंद करें',
  alwaysOn: 'हमेशा चालू',
  cookieCount: 'कुकीज़: {count}',
  cookieTable: '“{category}” श्रेणी की कुकीज़',
  serviceCookieTable: '“{service}” सेवा की कुकीज़',
  cookieName: 'कुकी',
  provider: 'प्रदाता',
  function: 'कार्य और स्थान',
  purpose: 'उद्देश्य',
  duration: 'अवधि',
  whatIsCookie: 'कुकी क्या है?',
  cookieDefinition: 'कुकी डेटा का एक छोटा अंश है, जिसे कोई वेबसाइट आपके ब्राउज़र में सहेजती है।',
  necessary: 'आवश्यक',
  'necessary-description': 'साइट के काम करने के लिए ज़रूरी।',
  statistical: 'सांख्यिकी',
  'statistical-description': 'साइट पर आने वालों की संख्या मापती हैं।',
  'first-party': 'आंतरिक',
  'first-party-description': 'आपकी प्राथमिकताएँ याद रखती हैं।',
  'third-party': 'तृतीय-पक्ष',
  'third-party-description': 'वीडियो या मानचित्र जैसी एम्बेड की गई सेवाओं द्वारा सेट की जाती हैं।',
  optOutTitle: 'आपके गोपनीयता विकल्प',
  optOutMessage:
    'हम साइट पर आने वालों की संख्या मापने और अन्य सेवाओं की सामग्री व विज्ञापन दिखाने के लिए कुकीज़ का उपयोग करते हैं। आप किसी भी समय अपनी व्यक्तिगत जानकारी की बिक्री या साझाकरण से इनकार कर सकते हैं।',
  optOut: 'मेरी व्यक्तिगत जानकारी न बेचें और न साझा करें',
  acknowledge: 'ठीक है',
  optedOut: 'हो गया: आपकी व्यक्तिगत जानकारी न बेची जाएगी और न साझा की जाएगी।',
};

export default texts;
