/** Polish texts (terms as the UODO uses them: „pliki cookie”, „zgoda”, „wycofać zgodę”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Używamy plików cookie',
  message:
    'Niektóre z nich są niezbędne do działania tej strony. Po wyrażeniu zgody używamy ich także do mierzenia ruchu na stronie i wyświetlania treści z innych serwisów.',
  withdraw: 'Zgodę można w każdej chwili zmienić lub wycofać; wybór jest przechowywany przez {duration}.',
  policyLink: 'Polityka plików cookie',
  privacyLink: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  preferencesTitle: 'Ustawienia plików cookie',
  save: 'Zapisz moje wybory',
  saved: 'Wybór został zapisany.',
  close: 'Zamknij',
  alwaysOn: 'Zawsze aktywne',
  cookieCount: 'Pliki cookie: {count}',
  cookieTable: 'Pliki cookie z kategorii „{category}”',
  serviceCookieTable: 'Pliki cookie z usługi „{service}”',
  cookieName: 'Plik cookie',
  provider: 'Dostawca',
  function: 'Funkcja i lokalizacja',
  purpose: 'Cel',
  duration: 'Okres przechowywania',
  whatIsCookie: 'Czym jest plik cookie?',
  cookieDefinition:
    'Plik cookie to niewielka porcja danych, którą strona internetowa zapisuje w przeglądarce użytkownika.',
  necessary: 'Niezbędne',
  'necessary-description': 'Potrzebne do działania strony.',
  statistical: 'Statystyczne',
  'statistical-description': 'Mierzą ruch na stronie.',
  'first-party': 'Wewnętrzne',
  'first-party-description': 'Zapamiętują preferencje użytkownika.',
  'third-party': 'Zewnętrzne',
  'third-party-description': 'Zapisywane przez osadzone usługi, takie jak filmy czy mapy.',
  optOutTitle: 'Wybory dotyczące prywatności',
  optOutMessage:
    'Używamy plików cookie do mierzenia ruchu na stronie oraz wyświetlania treści i reklam z innych serwisów. W każdej chwili można sprzeciwić się sprzedaży lub udostępnianiu swoich danych osobowych.',
  optOut: 'Nie sprzedawać ani nie udostępniać moich danych osobowych',
  acknowledge: 'OK',
  optedOut: 'Gotowe: dane osobowe nie będą sprzedawane ani udostępniane.',
};

export default texts;
