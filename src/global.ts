/**
 * The classic-script entry (`dist/cookie-consent.js`): defines the elements and `window.cookieConsent`
 * and fetches its other parts from its own directory when they are needed.
 */

import { adoptStyles, css, html, nothing, unsafeCSS } from 'lit';
import { defineElements } from './define.js';
import { definePart, setPartSource } from './internal/parts.js';
import { scriptSource } from './internal/script-source.js';

declare global {
  interface Window {
    /** What the parts take from the script that loaded them (the script's own global). */
    CookieConsentElement?: { kit: typeof ownKit };
  }
}

const ownKit = { lit: { adoptStyles, css, html, nothing, unsafeCSS }, parts: { definePart } };

/**
 * The parts' view of the script: a second copy of the script (included twice) hands over the
 * first's, whose elements are the ones defined, so that parts register where they are awaited.
 */
export const kit = window.CookieConsentElement?.kit ?? ownKit;

setPartSource(scriptSource(document.currentScript));
defineElements();
