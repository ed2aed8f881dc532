/** Ukrainian texts (terms as the Ukrainian Parliament Commissioner for Human Rights uses them: «файли cookie», «згода», «відкликати згоду»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Ми використовуємо файли cookie',
  message:
    'Деякі з них необхідні для роботи цього сайту. За вашою згодою ми також використовуємо їх, щоб вимірювати його аудиторію та показувати вміст інших сервісів.',
  withdraw: 'Ви можете будь-коли змінити або відкликати свою згоду; термін зберігання вашого вибору — {duration}.',
  policyLink: 'Політика щодо файлів cookie',
  privacyLink: 'Політика конфіденційності',
  acceptAll: 'Прийняти всі',
  rejectAll: 'Відхилити всі',
  customize: 'Налаштувати',
  preferencesTitle: 'Налаштування файлів cookie',
  save: 'Зберегти мій вибір',
  saved: 'Ваш вибір збережено.',
  close: 'Закрити',
  alwaysOn: 'Завжди активні',
  cookieCount: 'Файли cookie: {count}',
  cookieTable: 'Файли cookie категорії «{category}»',
  serviceCookieTable: 'Файли cookie сервісу «{service}»',
  cookieName: 'Файл cookie',
  provider: 'Постачальник',
  function: 'Функція та розташування',
  purpose: 'Мета',
  duration: 'Термін дії',
  whatIsCookie: 'Що таке файл cookie?',
  cookieDefinition: 'Файл cookie — це невеликий фрагмент даних, який вебсайт зберігає у вашому браузері.',
  necessary: 'Необхідні',
  'necessary-description': 'Потрібні для роботи сайту.',
  statistical: 'Статистичні',
  'statistical-description': 'Вимірюють аудиторію сайту.',
  'first-party': 'Внутрішні',
  'first-party-description': 'Запам’ятовують ваші вподобання.',
  'third-party': 'Сторонні',
  'third-party-description': 'Їх встановлюють вбудовані сервіси, як-от відео чи карти.',
  optOutTitle: 'Ваш вибір щодо конфіденційності',
  optOutMessage:
    'Ми використовуємо файли cookie, щоб вимірювати нашу аудиторію та показувати вміст і рекламу інших сервісів. Ви можете будь-коли відмовитися від продажу або передавання своїх персональних даних.',
  optOut: 'Не продавати й не передавати мої персональні дані',
  acknowledge: 'OK',
  optedOut: 'Готово: ваші персональні дані не продаватимуться й не передаватимуться.',
};

export default texts;
