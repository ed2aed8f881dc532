/** Turkish texts (terms as the KVKK uses them: “çerez”, “açık rıza”, “açık rızanın geri alınması”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Çerez kullanıyoruz',
  message:
    'Bazı çerezler bu sitenin çalışması için gereklidir. Açık rızanızla, sitenin ziyaretçi istatistiklerini ölçmek ve diğer hizmetlerden içerik göstermek için de çerez kullanıyoruz.',
  withdraw:
    'Açık rızanızı dilediğiniz zaman değiştirebilir veya geri alabilirsiniz; tercihiniz {duration} boyunca saklanır.',
  policyLink: 'Çerez politikası',
  privacyLink: 'Gizlilik politikası',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  customize: 'Özelleştir',
  preferencesTitle: 'Çerez tercihleri',
  save: 'Tercihlerimi kaydet',
  saved: 'Tercihleriniz kaydedildi.',
  close: 'Kapat',
  alwaysOn: 'Her zaman etkin',
  cookieCount: 'Çerezler: {count}',
  cookieTable: '“{category}” kategorisindeki çerezler',
  serviceCookieTable: '“{service}” hizmetindeki çerezler',
  cookieName: 'Çerez',
  provider: 'Sağlayıcı',
  function: 'İşlev ve konum',
  purpose: 'Amaç',
  duration: 'Süre',
  whatIsCookie: 'Çerez nedir?',
  cookieDefinition: 'Çerez, bir web sitesinin tarayıcınızda sakladığı küçük bir veri parçasıdır.',
  necessary: 'Zorunlu',
  'necessary-description': 'Sitenin çalışması için gereklidir.',
  statistical: 'İstatistik',
  'statistical-description': 'Sitenin ziyaretçi istatistiklerini ölçer.',
  'first-party': 'Dahili',
  'first-party-description': 'Tercihlerinizi hatırlar.',
  'third-party': 'Üçüncü taraf',
  'third-party-description': 'Video veya harita gibi gömülü hizmetler tarafından yerleştirilir.',
  optOutTitle: 'Gizlilik tercihleriniz',
  optOutMessage:
    'Ziyaretçi istatistiklerimizi ölçmek ve diğer hizmetlerden içerik ve reklam göstermek için çerez kullanıyoruz. Kişisel bilgilerinizin satılmasını veya paylaşılmasını dilediğiniz zaman reddedebilirsiniz.',
  optOut: 'Kişisel bilgilerimi satmayın veya paylaşmayın',
  acknowledge: 'Tamam',
  optedOut: 'Tamamlandı: kişisel bilgileriniz satılmayacak veya paylaşılmayacak.',
};

export default texts;
