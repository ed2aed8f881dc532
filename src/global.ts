/** The classic-script entry (`dist/cookie-consent.js`): defines the elements and `window.cookieConsent`. */

import './define.js';
