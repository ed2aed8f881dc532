/** Google Consent Mode v2: a denied default as soon as the element starts, an update on every decision, and a `dataLayer` event for tag managers. */

import type { CategoryConfig } from '../consent/config.js';
import { NECESSARY, type ConsentState } from '../consent/state.js';
import type { Integration } from '../elements/cookie-consent/cookie-consent.js';
import { onChange, onReady } from './shared.js';

/** What each category grants when the configuration gives no `consentMode` list. */
export const DEFAULT_CONSENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  necessary: ['functionality_storage', 'security_storage'],
  statistical: ['analytics_storage'],
  'third-party': ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/** Category → Consent Mode types: the configured `consentMode` list, else the default one. */
export function consentTypes(content: Readonly<Record<string, CategoryConfig>>): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.keys(content).map((name) => [name, content[name].consentMode ?? DEFAULT_CONSENT_TYPES[name] ?? []]),
  );
}

/** Every mapped type, `granted` when an accepted category maps it, else `denied`. */
export function consentValues(
  types: Readonly<Record<string, readonly string[]>>,
  categories: Readonly<Record<string, boolean>>,
): Record<string, 'granted' | 'denied'> {
  const values: Record<string, 'granted' | 'denied'> = {};
  for (const [name, list] of Object.entries(types)) {
    for (const type of list) if (values[type] !== 'granted') values[type] = categories[name] ? 'granted' : 'denied';
  }
  return values;
}

type Page = { gtag?: (...args: unknown[]) => void; dataLayer?: unknown[] };

/** What Google's snippet pushes: an `arguments` object (gtag.js ignores plain arrays). */
function toArguments(..._: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
}

export const consentMode: Integration = (host) => {
  if (!host.consentMode) return;
  const page = window as Page;
  const layer = () => (page.dataLayer ??= []);
  const gtag = (...args: unknown[]) =>
    typeof page.gtag === 'function' ? page.gtag(...args) : layer().push(toArguments(...args));
  const types = consentTypes(host.content);
  const update = (state: ConsentState, source: string) => {
    gtag('consent', 'update', consentValues(types, state.categories));
    layer().push({
      event: 'cookie_consent_update',
      cookie_consent: { ...state.categories },
      cookie_consent_source: source,
    });
  };
  // Whatever is stored, the default denies every type but the necessary ones, which need no consent;
  // a stored choice is an update once the page hears `consent-ready`.
  gtag('consent', 'default', { ...consentValues(types, { [NECESSARY]: true }), wait_for_update: 500 });
  onReady(host, (state) => state.decided && update(state, 'stored'));
  onChange(host, ({ state, source }) => update(state, source));
};
