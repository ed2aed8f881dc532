/** Global Privacy Control: with the browser's signal on and no stored choice, record "reject all optional" without asking. */

import type { Integration } from '../elements/cookie-consent/cookie-consent.js';
import { onReady } from './shared.js';

export const gpc: Integration = (host) => {
  if (
    host.state.decided ||
    host.gpc !== 'honor' ||
    (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl !== true
  )
    return;
  // Hidden before its first render; recorded once the page has heard `consent-ready`.
  host.open = false;
  onReady(host, () => queueMicrotask(() => host.rejectAll('gpc')));
};
