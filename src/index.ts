/** The ES module entry: exports the element classes and types, and defines the elements on import. */

import './define.js';

export { CookieConsent } from './elements/cookie-consent/cookie-consent.js';
export { CookiePolicy } from './elements/cookie-policy/cookie-policy.js';
export type { CookieConsentApi } from './api.js';
export type { ConsentChangeDetail, ConsentSource, ConsentState, StoredChoice } from './consent/state.js';
export type { CategoryConfig, ConsentConfig, CookieInfo, Localized } from './consent/config.js';
export type { Texts } from './i18n/index.js';
