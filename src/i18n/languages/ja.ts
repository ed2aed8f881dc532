/** Japanese texts (terms as the PPC and the MIC use them: 「Cookie」「同意」「同意の撤回」). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Cookieの使用について',
  message:
    'サイトの動作に必要なCookieのほか、同意いただいた場合は、アクセス解析や外部サービスのコンテンツの表示にもCookieを使用します。',
  withdraw: '同意はいつでも変更または撤回できます。選択内容は{duration}保存されます。',
  policyLink: 'Cookieポリシー',
  privacyLink: 'プライバシーポリシー',
  acceptAll: 'すべて同意する',
  rejectAll: 'すべて拒否する',
  customize: 'カスタマイズ',
  preferencesTitle: 'Cookie設定',
  save: '設定を保存',
  saved: '設定を保存しました。',
  close: '閉じる',
  alwaysOn: '常に有効',
  cookieCount: 'Cookie数：{count}',
  cookieTable: '「{category}」カテゴリのCookie',
  serviceCookieTable: '「{service}」サービスのCookie',
  cookieName: 'Cookie',
  provider: '提供元',
  function: '機能と保存場所',
  purpose: '目的',
  duration: '保存期間',
  whatIsCookie: 'Cookieとは',
  cookieDefinition: 'Cookieは、ウェブサイトがブラウザに保存する小さなデータです。',
  necessary: '必須',
  'necessary-description': 'サイトの動作に必要です。',
  statistical: '統計',
  'statistical-description': 'アクセス状況を測定します。',
  'first-party': '内部',
  'first-party-description': 'お客様の設定を記憶します。',
  'third-party': 'サードパーティ',
  'third-party-description': '動画や地図など、埋め込まれた外部サービスが設定します。',
  optOutTitle: 'プライバシーに関する選択',
  optOutMessage:
    'アクセス解析と、外部サービスのコンテンツや広告の表示にCookieを使用しています。お客様の個人情報の販売または共有は、いつでも拒否できます。',
  optOut: '私の個人情報を販売または共有しないでください',
  acknowledge: 'OK',
  optedOut: '完了しました。お客様の個人情報は販売または共有されません。',
};

export default texts;
