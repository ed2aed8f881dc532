/** Japanese texts. */

import type { Texts } from './en.js';

export const ja: Texts = {
  title: 'Cookieの使用について',
  message:
    '当サイトの動作には一部のCookieが必要です。同意いただいた場合は、アクセス解析や外部サービスのコンテンツ表示にもCookieを使用します。',
  policyLink: 'Cookieポリシー',
  acceptAll: 'すべて同意する',
  rejectAll: 'すべて拒否する',
  customize: 'カスタマイズ',
  preferencesTitle: 'Cookie設定',
  save: '選択内容を保存',
  saved: '選択内容を保存しました。',
  close: '閉じる',
  alwaysOn: '常に有効',
  cookieName: 'Cookie',
  provider: '提供元',
  purpose: '目的',
  duration: '保存期間',
  whatIsCookie: 'Cookieとは',
  cookieDefinition: 'Cookieとは、ウェブサイトがお使いのブラウザに保存する小さなデータです。',
  necessary: '必須',
  'necessary-description': 'サイトの動作に必要です。',
  statistical: '統計',
  'statistical-description': 'サイトのアクセス状況を測定します。',
  'first-party': 'ファーストパーティ',
  'first-party-description': 'お客様の設定を記憶します。',
  'third-party': 'サードパーティ',
  'third-party-description': '動画や地図など、埋め込まれた外部サービスが設定します。',
};
