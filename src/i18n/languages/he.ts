/** Hebrew texts (terms as the Privacy Protection Authority uses them: „עוגיות”, „הסכמה”, „ביטול הסכמה”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'אנו משתמשים בעוגיות',
  message: 'חלקן נחוצות לפעולת האתר. בהסכמתך, אנו משתמשים בהן גם למדידת קהל המבקרים באתר ולהצגת תוכן משירותים אחרים.',
  withdraw: 'ניתן לשנות את ההסכמה או לבטל אותה בכל עת; הבחירה נשמרת למשך {duration}.',
  policyLink: 'מדיניות עוגיות',
  privacyLink: 'מדיניות פרטיות',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  customize: 'התאמה אישית',
  preferencesTitle: 'העדפות עוגיות',
  save: 'שמירת הבחירות',
  saved: 'הבחירות נשמרו.',
  close: 'סגירה',
  alwaysOn: 'פעילות תמיד',
  cookieCount: 'עוגיות: {count}',
  cookieTable: 'עוגיות בקטגוריה „{category}”',
  serviceCookieTable: 'עוגיות בשירות „{service}”',
  cookieName: 'עוגייה',
  provider: 'ספק',
  function: 'תפקיד ומיקום',
  purpose: 'מטרה',
  duration: 'משך',
  whatIsCookie: 'מהי עוגייה?',
  cookieDefinition: 'עוגייה היא פיסת מידע קטנה שאתר אינטרנט שומר בדפדפן שלך.',
  necessary: 'נחוצות',
  'necessary-description': 'נדרשות לפעולת האתר.',
  statistical: 'סטטיסטיקה',
  'statistical-description': 'מודדות את קהל המבקרים באתר.',
  'first-party': 'פנימיות',
  'first-party-description': 'זוכרות את ההעדפות שלך.',
  'third-party': 'צד שלישי',
  'third-party-description': 'מוצבות על ידי שירותים מוטמעים, כגון סרטונים או מפות.',
  optOutTitle: 'בחירות הפרטיות שלך',
  optOutMessage:
    'אנו משתמשים בעוגיות כדי למדוד את קהל המבקרים שלנו ולהציג תוכן ופרסומות משירותים אחרים. ניתן בכל עת לסרב למכירת המידע האישי שלך או לשיתופו.',
  optOut: 'אל תמכרו ואל תשתפו את המידע האישי שלי',
  acknowledge: 'אישור',
  optedOut: 'בוצע: המידע האישי שלך לא יימכר ולא ישותף.',
};

export default texts;
