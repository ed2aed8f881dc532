/** Persian texts (no data-protection authority; terms in common Iranian usage: «کوکی‌ها»، «رضایت»، «پس گرفتن رضایت»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'ما از کوکی‌ها استفاده می‌کنیم',
  message:
    'برخی از آن‌ها برای کارکرد این وب‌سایت ضروری‌اند. با رضایت شما، از آن‌ها برای سنجش مخاطبان وب‌سایت و نمایش محتوا از سرویس‌های دیگر نیز استفاده می‌کنیم.',
  withdraw:
    'شما می‌توانید هر زمان رضایت خود را تغییر دهید یا پس بگیرید؛ انتخاب شما به مدت {duration} نگه داشته می‌شود.',
  policyLink: 'سیاست کوکی‌ها',
  privacyLink: 'سیاست حفظ حریم خصوصی',
  acceptAll: 'پذیرش همه',
  rejectAll: 'رد همه',
  customize: 'سفارشی‌سازی',
  preferencesTitle: 'تنظیمات کوکی‌ها',
  save: 'ذخیرهٔ انتخاب‌های من',
  saved: 'انتخاب‌های شما ذخیره شد.',
  close: 'بستن',
  alwaysOn: 'همیشه فعال',
  cookieCount: 'کوکی‌ها: {count}',
  cookieTable: 'کوکی‌های دستهٔ «{category}»',
  serviceCookieTable: 'کوکی‌های سرویس «{service}»',
  cookieName: 'کوکی',
  provider: 'ارائه‌دهنده',
  function: 'کارکرد و محل',
  purpose: 'هدف',
  duration: 'مدت',
  whatIsCookie: 'کوکی چیست؟',
  cookieDefinition: 'کوکی بخش کوچکی از داده است که یک وب‌سایت در مرورگر شما ذخیره می‌کند.',
  necessary: 'ضروری',
  'necessary-description': 'برای کارکرد وب‌سایت لازم‌اند.',
  statistical: 'آماری',
  'statistical-description': 'مخاطبان وب‌سایت را می‌سنجند.',
  'first-party': 'داخلی',
  'first-party-description': 'ترجیحات شما را به خاطر می‌سپارند.',
  'third-party': 'شخص ثالث',
  'third-party-description': 'سرویس‌های جاسازی‌شده مانند ویدئوها یا نقشه‌ها آن‌ها را قرار می‌دهند.',
  optOutTitle: 'انتخاب‌های حریم خصوصی شما',
  optOutMessage:
    'ما از کوکی‌ها برای سنجش مخاطبان خود و نمایش محتوا و تبلیغات از سرویس‌های دیگر استفاده می‌کنیم. شما می‌توانید هر زمان با فروش یا به اشتراک‌گذاری اطلاعات شخصی خود مخالفت کنید.',
  optOut: 'اطلاعات شخصی مرا نفروشید و به اشتراک نگذارید',
  acknowledge: 'تأیید',
  optedOut: 'انجام شد: اطلاعات شخصی شما فروخته یا به اشتراک گذاشته نخواهد شد.',
};

export default texts;
