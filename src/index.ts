/**
 * The ES module entry (`dist/index.js`, for bundlers): exports the element classes and types, and
 * defines the elements on import in a browser (nothing where there is no DOM, during server-side
 * rendering). Every part is built in; each language is a chunk of its own, imported when needed.
 */

import { defineElements } from './define.js';
// Kept in dist/index.d.ts, so module users get define.ts's global types (window.cookieConsent, the tag and event maps).
import './define.js';
import { LANGUAGES, registerTexts, type Texts } from './i18n/index.js';
import { definePart, setPartSource } from './internal/parts.js';
import './parts/audit.entry.js';
import './parts/integrations.entry.js';
import './parts/preferences.entry.js';

setPartSource({
  // Every part is built in but the time-zone table, which only a browser without getTimeZones
  // needs: a chunk of its own (data alone, like a language's), imported then.
  async part(name) {
    if (name !== 'time-zones') throw new Error('every part is built in');
    const { TIME_ZONES } = await import('./regimes/time-zones.generated.js');
    definePart('time-zones', { table: TIME_ZONES });
  },
  async language(tag) {
    if (!(LANGUAGES as readonly string[]).includes(tag)) throw new Error('there is no such language');
    // A variable import the bundler splits into one chunk per language.
    const texts: { default: Texts } = await import(`./i18n/languages/${tag}.ts`);
    registerTexts(tag, texts.default);
  },
});
defineElements();

export { CookieConsent } from './elements/cookie-consent/cookie-consent.js';
export { CookiePolicy } from './elements/cookie-policy/cookie-policy.js';
export type { CookieConsentApi } from './api.js';
export type { ConsentChangeDetail, ConsentSource, ConsentState, Regime, StoredChoice } from './consent/state.js';
export type { CategoryConfig, ConsentConfig, CookieInfo, Localized } from './consent/config.js';
export type { Texts } from './i18n/index.js';
