/** Korean texts (terms as the PIPC uses them: “쿠키”, “동의”, “동의 철회”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: '쿠키를 사용합니다',
  message:
    '일부 쿠키는 이 사이트의 작동에 필요합니다. 동의하시면 사이트 이용 현황을 측정하고 다른 서비스의 콘텐츠를 표시하는 데에도 쿠키를 사용합니다.',
  withdraw: '동의는 언제든지 변경하거나 철회할 수 있으며, 선택 사항은 {duration} 동안 보관됩니다.',
  policyLink: '쿠키 정책',
  privacyLink: '개인정보 처리방침',
  acceptAll: '모두 동의',
  rejectAll: '모두 거부',
  customize: '직접 설정',
  preferencesTitle: '쿠키 설정',
  save: '선택 사항 저장',
  saved: '선택 사항이 저장되었습니다.',
  close: '닫기',
  alwaysOn: '항상 사용',
  cookieCount: '쿠키: {count}',
  cookieTable: '“{category}” 범주의 쿠키',
  serviceCookieTable: '“{service}” 서비스의 쿠키',
  cookieName: '쿠키',
  provider: '제공자',
  function: '기능 및 위치',
  purpose: '목적',
  duration: '보관 기간',
  whatIsCookie: '쿠키란 무엇입니까?',
  cookieDefinition: '쿠키는 웹사이트가 브라우저에 저장하는 작은 데이터입니다.',
  necessary: '필수',
  'necessary-description': '사이트 작동에 필요합니다.',
  statistical: '통계',
  'statistical-description': '사이트 이용 현황을 측정합니다.',
  'first-party': '내부',
  'first-party-description': '이용자의 설정을 기억합니다.',
  'third-party': '제3자',
  'third-party-description': '동영상이나 지도 등 삽입된 서비스가 설정합니다.',
  optOutTitle: '개인정보 관련 선택',
  optOutMessage:
    '저희는 이용 현황 측정과 다른 서비스의 콘텐츠 및 광고 표시를 위해 쿠키를 사용합니다. 언제든지 개인정보의 판매 또는 공유를 거부할 수 있습니다.',
  optOut: '내 개인정보를 판매하거나 공유하지 마십시오',
  acknowledge: '확인',
  optedOut: '완료: 개인정보가 판매되거나 공유되지 않습니다.',
};

export default texts;
