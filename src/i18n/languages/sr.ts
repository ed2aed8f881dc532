/** Serbian texts in Cyrillic (terms as the Commissioner for Information of Public Importance and Personal Data Protection uses them: „колачићи“, „пристанак“, „опозвати пристанак“). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Користимо колачиће',
  message:
    'Неки су неопходни за рад овог сајта. Уз ваш пристанак, користимо их и за мерење његове посећености и приказивање садржаја других услуга.',
  withdraw:
    'Свој пристанак можете у сваком тренутку да промените или опозовете; рок чувања вашег избора је {duration}.',
  policyLink: 'Политика колачића',
  privacyLink: 'Политика приватности',
  acceptAll: 'Прихвати све',
  rejectAll: 'Одбиј све',
  customize: 'Прилагоди',
  preferencesTitle: 'Подешавања колачића',
  save: 'Сачувај мој избор',
  saved: 'Ваш избор је сачуван.',
  close: 'Затвори',
  alwaysOn: 'Увек укључени',
  cookieCount: 'Колачићи: {count}',
  cookieTable: 'Колачићи из категорије „{category}“',
  serviceCookieTable: 'Колачићи из услуге „{service}“',
  cookieName: 'Колачић',
  provider: 'Пружалац',
  function: 'Функција и локација',
  purpose: 'Сврха',
  duration: 'Трајање',
  whatIsCookie: 'Шта је колачић?',
  cookieDefinition: 'Колачић је мали скуп података који веб-сајт чува у вашем прегледачу.',
  necessary: 'Неопходни',
  'necessary-description': 'Потребни за рад сајта.',
  statistical: 'Статистички',
  'statistical-description': 'Мере посећеност сајта.',
  'first-party': 'Интерни',
  'first-party-description': 'Памте ваша подешавања.',
  'third-party': 'Трећих страна',
  'third-party-description': 'Постављају их уграђене услуге, као што су видео-снимци или мапе.',
  optOutTitle: 'Ваши избори у вези с приватношћу',
  optOutMessage:
    'Користимо колачиће за мерење наше посећености и приказивање садржаја и огласа других услуга. У сваком тренутку можете да одбијете продају или дељење својих података о личности.',
  optOut: 'Немојте продавати ни делити моје податке о личности',
  acknowledge: 'У реду',
  optedOut: 'Готово: ваши подаци о личности неће бити продати нити дељени.',
};

export default texts;
