/** Japanese texts. */

import type { Texts } from './en.js';

export const ja: Texts = {
  title: 'Cookieの使用について',
  message:
    'サイトの動作に必要なCookieのほか、同意いただいた場合はアクセス解析や外部サービスの表示にもCookieを使用します。',
  policyLink: 'Cookieポリシー',
  acceptAll: 'すべて同意する',
  rejectAll: 'すべて拒否する',
  customize: 'カスタマイズ',
  preferencesTitle: 'Cookie設定',
  save: '設定を保存',
  saved: '設定を保存しました。',
  close: '閉じる',
  alwaysOn: '常に有効',
  cookieName: 'Cookie',
  provider: '提供元',
  purpose: '目的',
  duration: '保存期間',
  whatIsCookie: 'Cookieとは',
  cookieDefinition: 'Cookieは、ウェブサイトがブラウザに保存する小さなデータです。',
  necessary: '必須',
  'necessary-description': 'サイトの動作に必要です。',
  statistical: '統計',
  'statistical-description': 'アクセス状況を測定します。',
  'first-party': 'ファーストパーティ',
  'first-party-description': 'お客様の設定を記憶します。',
  'third-party': 'サードパーティ',
  'third-party-description': '動画や地図などの外部サービスが設定します。',
};
