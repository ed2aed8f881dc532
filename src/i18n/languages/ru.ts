/** Russian texts (terms as Roskomnadzor uses them: «файлы cookie», «согласие», «отозвать согласие»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Мы используем файлы cookie',
  message:
    'Некоторые из них необходимы для работы этого сайта. С вашего согласия мы также используем их, чтобы измерять его аудиторию и показывать содержимое других сервисов.',
  withdraw: 'Вы можете в любое время изменить или отозвать своё согласие; срок хранения вашего выбора — {duration}.',
  policyLink: 'Политика использования файлов cookie',
  privacyLink: 'Политика конфиденциальности',
  acceptAll: 'Принять все',
  rejectAll: 'Отклонить все',
  customize: 'Настроить',
  preferencesTitle: 'Настройки файлов cookie',
  save: 'Сохранить мой выбор',
  saved: 'Ваш выбор сохранён.',
  close: 'Закрыть',
  alwaysOn: 'Всегда активны',
  cookieCount: 'Файлы cookie: {count}',
  cookieTable: 'Файлы cookie категории «{category}»',
  serviceCookieTable: 'Файлы cookie сервиса «{service}»',
  cookieName: 'Файл cookie',
  provider: 'Поставщик',
  function: 'Функция и расположение',
  purpose: 'Цель',
  duration: 'Срок хранения',
  whatIsCookie: 'Что такое файл cookie?',
  cookieDefinition: 'Файл cookie — это небольшой фрагмент данных, который веб-сайт сохраняет в вашем браузере.',
  necessary: 'Необходимые',
  'necessary-description': 'Нужны для работы сайта.',
  statistical: 'Статистические',
  'statistical-description': 'Измеряют аудиторию сайта.',
  'first-party': 'Внутренние',
  'first-party-description': 'Запоминают ваши предпочтения.',
  'third-party': 'Сторонние',
  'third-party-description': 'Устанавливаются встроенными сервисами, например видео или картами.',
  optOutTitle: 'Ваш выбор в отношении конфиденциальности',
  optOutMessage:
    'Мы используем файлы cookie, чтобы измерять нашу аудиторию и показывать содержимое и рекламу других сервисов. Вы можете в любое время отказаться от продажи или передачи своих персональных данных.',
  optOut: 'Не продавать и не передавать мои персональные данные',
  acknowledge: 'OK',
  optedOut: 'Готово: ваши персональные данные не будут ни продаваться, ни передаваться.',
};

export default texts;
