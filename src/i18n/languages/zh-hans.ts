/** Simplified Chinese texts (terms as the CAC and the PIPL use them: “Cookie”“同意”“撤回同意”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: '我们使用 Cookie',
  message:
    '部分 Cookie 是本网站正常运行所必需的。经您同意，我们还会使用 Cookie 统计网站访问情况，并展示其他服务的内容。',
  withdraw: '您可以随时更改或撤回同意；您的选择将保存 {duration}。',
  policyLink: 'Cookie 政策',
  privacyLink: '隐私政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  customize: '自定义',
  preferencesTitle: 'Cookie 偏好设置',
  save: '保存我的选择',
  saved: '您的选择已保存。',
  close: '关闭',
  alwaysOn: '始终启用',
  cookieCount: 'Cookie 数量：{count}',
  cookieTable: '“{category}”类别的 Cookie',
  serviceCookieTable: '“{service}”服务的 Cookie',
  cookieName: 'Cookie',
  provider: '提供方',
  function: '功能和位置',
  purpose: '目的',
  duration: '有效期',
  whatIsCookie: '什么是 Cookie？',
  cookieDefinition: 'Cookie 是网站存储在您浏览器中的一小段数据。',
  necessary: '必要',
  'necessary-description': '网站正常运行所必需。',
  statistical: '统计',
  'statistical-description': '统计网站访问情况。',
  'first-party': '内部',
  'first-party-description': '记住您的偏好设置。',
  'third-party': '第三方',
  'third-party-description': '由嵌入的服务（如视频或地图）设置。',
  optOutTitle: '您的隐私选择',
  optOutMessage: '我们使用 Cookie 统计访问情况，并展示来自其他服务的内容和广告。您可以随时拒绝出售或共享您的个人信息。',
  optOut: '请勿出售或共享我的个人信息',
  acknowledge: '确定',
  optedOut: '已完成：您的个人信息将不会被出售或共享。',
};

export default texts;
