/** Arabic texts (terms in common official use, as in the Saudi PDPL (SDAIA): «ملفات تعريف الارتباط»، «الموافقة»، «سحب الموافقة»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'نستخدم ملفات تعريف الارتباط',
  message: 'بعضها ضروري لعمل هذا الموقع. وبموافقتكم، نستخدمها أيضًا لقياس عدد زوار الموقع ولعرض محتوى من خدمات أخرى.',
  withdraw: 'يمكنكم تغيير موافقتكم أو سحبها في أي وقت؛ ويُحتفظ باختياركم لمدة {duration}.',
  policyLink: 'سياسة ملفات تعريف الارتباط',
  privacyLink: 'سياسة الخصوصية',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
  preferencesTitle: 'تفضيلات ملفات تعريف الارتباط',
  save: 'حفظ اختياراتي',
  saved: 'تم حفظ اختياراتكم.',
  close: 'إغلاق',
  alwaysOn: 'مفعّلة دائمًا',
  cookieCount: 'ملفات تعريف الارتباط: {count}',
  cookieTable: 'ملفات تعريف الارتباط في فئة «{category}»',
  serviceCookieTable: 'ملفات تعريف الارتباط في خدمة «{service}»',
  cookieName: 'ملف تعريف الارتباط',
  provider: 'الجهة المزوِّدة',
  function: 'الوظيفة والمكان',
  purpose: 'الغرض',
  duration: 'المدة',
  whatIsCookie: 'ما هو ملف تعريف الارتباط؟',
  cookieDefinition: 'ملف تعريف الارتباط جزء صغير من البيانات يخزّنه موقع الويب في متصفحكم.',
  necessary: 'ضرورية',
  'necessary-description': 'لازمة لعمل الموقع.',
  statistical: 'إحصائية',
  'statistical-description': 'تقيس عدد زوار الموقع.',
  'first-party': 'داخلية',
  'first-party-description': 'تتذكّر تفضيلاتكم.',
  'third-party': 'جهات خارجية',
  'third-party-description': 'تضعها خدمات مضمَّنة مثل مقاطع الفيديو أو الخرائط.',
  optOutTitle: 'خيارات الخصوصية الخاصة بكم',
  optOutMessage:
    'نستخدم ملفات تعريف الارتباط لقياس عدد زوارنا ولعرض محتوى وإعلانات من خدمات أخرى. ويمكنكم في أي وقت رفض بيع معلوماتكم الشخصية أو مشاركتها.',
  optOut: 'عدم بيع معلوماتي الشخصية أو مشاركتها',
  acknowledge: 'حسنًا',
  optedOut: 'تم: لن تُباع معلوماتكم الشخصية ولن تُشارَك.',
};

export default texts;
