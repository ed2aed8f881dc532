/** Traditional Chinese texts (Taiwan; terms as the PDPC and the Personal Data Protection Act use them: 「Cookie」「同意」「撤回同意」). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: '我們使用 Cookie',
  message: '部分 Cookie 為本網站運作所必需。經您同意後，我們也會使用 Cookie 統計網站流量，並顯示其他服務的內容。',
  withdraw: '您可以隨時變更或撤回同意；您的選擇將保留 {duration}。',
  policyLink: 'Cookie 政策',
  privacyLink: '隱私權政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  customize: '自訂',
  preferencesTitle: 'Cookie 偏好設定',
  save: '儲存我的選擇',
  saved: '已儲存您的選擇。',
  close: '關閉',
  alwaysOn: '一律啟用',
  cookieCount: 'Cookie 數量：{count}',
  cookieTable: '「{category}」類別的 Cookie',
  serviceCookieTable: '「{service}」服務的 Cookie',
  cookieName: 'Cookie',
  provider: '提供者',
  function: '功能與位置',
  purpose: '目的',
  duration: '有效期限',
  whatIsCookie: '什麼是 Cookie？',
  cookieDefinition: 'Cookie 是網站儲存在您瀏覽器中的一小段資料。',
  necessary: '必要',
  'necessary-description': '網站運作所必需。',
  statistical: '統計',
  'statistical-description': '統計網站流量。',
  'first-party': '內部',
  'first-party-description': '記住您的偏好設定。',
  'third-party': '第三方',
  'third-party-description': '由嵌入的服務（例如影片或地圖）設定。',
  optOutTitle: '您的隱私選擇',
  optOutMessage: '我們使用 Cookie 統計流量，並顯示其他服務的內容與廣告。您可以隨時拒絕出售或分享您的個人資料。',
  optOut: '請勿出售或分享我的個人資料',
  acknowledge: '確定',
  optedOut: '已完成：您的個人資料將不會被出售或分享。',
};

export default texts;
