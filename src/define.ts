/** Defines the elements and `window.cookieConsent` once, tolerating an earlier definition (script and module both loaded). */

import { api, type CookieConsentApi } from './api.js';
import type { ConsentChangeDetail, ConsentState } from './consent/state.js';
import { CookieConsent } from './elements/cookie-consent/cookie-consent.js';

declare global {
  interface Window {
    cookieConsent: CookieConsentApi;
  }
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
  interface HTMLElementEventMap {
    'consent-ready': CustomEvent<ConsentState>;
    'consent-change': CustomEvent<ConsentChangeDetail>;
  }
  interface DocumentEventMap {
    'consent-ready': CustomEvent<ConsentState>;
    'consent-change': CustomEvent<ConsentChangeDetail>;
  }
  interface WindowEventMap {
    'consent-ready': CustomEvent<ConsentState>;
    'consent-change': CustomEvent<ConsentChangeDetail>;
  }
}

function define(name: string, element: CustomElementConstructor): void {
  if (customElements.get(name)) {
    console.warn(`cookie-consent: <${name}> is already defined (is the script included twice?); the first definition is kept`);
    return;
  }
  customElements.define(name, element);
}

define('cookie-consent', CookieConsent);
if (!window.cookieConsent) window.cookieConsent = api;
