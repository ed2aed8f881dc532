/** Defines the elements and `window.cookieConsent` once, tolerating an earlier definition (script and module both loaded). */

import { api, type CookieConsentApi } from './api.js';
import type { ConsentChangeDetail, ConsentState } from './consent/state.js';
import { CookieConsent } from './elements/cookie-consent/cookie-consent.js';
import { CookiePolicy } from './elements/cookie-policy/cookie-policy.js';
import { cleanup } from './integrations/cleanup.js';
import { consentMode } from './integrations/consent-mode.js';
import { gating } from './integrations/gating.js';
import { gpc } from './integrations/gpc.js';
import { receipts } from './integrations/receipts.js';
import { sync } from './integrations/sync.js';

declare global {
  interface Window {
    cookieConsent: CookieConsentApi;
  }
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
    'cookie-policy': CookiePolicy;
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

/** Whether this copy of the script already warned: one warning per extra copy, not one per element. */
let warned = false;

function define(name: string, element: CustomElementConstructor): void {
  if (customElements.get(name)) {
    if (!warned)
      console.warn(
        `cookie-consent: <${name}> is already defined (is the script included twice?); the first definition is kept`,
      );
    warned = true;
    return;
  }
  customElements.define(name, element);
}

// Consent Mode first: its default command must precede anything another integration records.
CookieConsent.integrations.push(consentMode, cleanup, gating, receipts, sync, gpc);
define('cookie-consent', CookieConsent);
define('cookie-policy', CookiePolicy);
if (!window.cookieConsent) window.cookieConsent = api;
