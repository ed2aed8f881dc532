/**
 * Defines the elements and `window.cookieConsent` once, tolerating an earlier definition (the
 * script included twice, the module and the script both), and doing nothing where there is no DOM
 * (server-side rendering) or the browser lacks what the element needs (a warning says so).
 */

import { api, type CookieConsentApi } from './api.js';
import type { ConsentChangeDetail, ConsentState } from './consent/state.js';
import { CookieConsent } from './elements/cookie-consent/cookie-consent.js';
import { CookiePolicy } from './elements/cookie-policy/cookie-policy.js';

declare global {
  interface Window {
    /** Set once the script has defined the elements: wait for `customElements.whenDefined('cookie-consent')` before. */
    cookieConsent?: CookieConsentApi;
  }
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
    'cookie-policy': CookiePolicy;
  }
  /**
   * The events, declared once: the element's, `document`'s and `window`'s event maps all extend this
   * one, and they hear them all (the events bubble and are composed).
   */
  interface GlobalEventHandlersEventMap {
    'consent-ready': CustomEvent<ConsentState>;
    'consent-change': CustomEvent<ConsentChangeDetail>;
  }
}

/** What the supported browsers have (Chrome and Edge 93+, Firefox 92+, Safari 15.4+). */
function supported(): boolean {
  return typeof Object.hasOwn === 'function' && typeof [].at === 'function' && typeof HTMLDialogElement === 'function';
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

export function defineElements(): void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return;
  if (!supported()) {
    console.warn(
      'cookie-consent: this browser lacks what the banner needs (Object.hasOwn, Array.prototype.at, <dialog>: Chrome 93, Firefox 92, Safari 15.4 or newer); no banner is shown',
    );
    return;
  }
  define('cookie-consent', CookieConsent);
  define('cookie-policy', CookiePolicy);
  window.cookieConsent ??= api;
}
