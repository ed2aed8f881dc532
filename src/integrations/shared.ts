/** Helpers the integrations share: which categories a `data-…` value needs, and typed event wiring. */

import type { ConsentChangeDetail, ConsentState } from '../consent/state.js';
import type { CookieConsent } from '../elements/cookie-consent/cookie-consent.js';

/** The categories a space-separated value (`data-consent="statistical third-party"`) lists. */
export const categoryList = (value: string | null | undefined): string[] => (value ?? '').split(/\s+/).filter(Boolean);

/** Whether `state` accepts every category `value` lists; an empty list is never accepted. */
export function allows(state: ConsentState, value: string | null | undefined): boolean {
  const names = categoryList(value);
  return names.length > 0 && names.every((name) => Object.hasOwn(state.categories, name) && state.categories[name]);
}

export function onReady(host: CookieConsent, handler: (state: ConsentState) => void): void {
  host.addEventListener('consent-ready', (event) => handler((event as CustomEvent<ConsentState>).detail));
}

export function onChange(host: CookieConsent, handler: (change: ConsentChangeDetail) => void): void {
  host.addEventListener('consent-change', (event) => handler((event as CustomEvent<ConsentChangeDetail>).detail));
}
