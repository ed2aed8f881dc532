/** `window.cookieConsent`: the small API other scripts use to read and change the visitor's choice. */

import type { ConsentState } from './consent/state.js';
import { NECESSARY, undecidedState } from './consent/state.js';
import { DEFAULT_CATEGORIES } from './consent/config.js';

/** What `<cookie-consent>` offers the API; the element implements it. */
export interface ConsentHost {
  readonly state: ConsentState;
  acceptAll(): void;
  rejectAll(): void;
  save(categories: Record<string, boolean>): void;
  showBanner(): void;
  showPreferences(): void;
  reset(): void;
}

export interface CookieConsentApi {
  /** The current state (undecided until a `<cookie-consent>` has read the stored choice). */
  readonly state: ConsentState;
  accepted(category: string): boolean;
  /** Resolves once `category` is accepted (at once if it already is); never rejects. */
  whenAccepted(category: string): Promise<void>;
  acceptAll(): void;
  rejectAll(): void;
  /** Turns on exactly the optional categories given as `true`. */
  save(categories: Record<string, boolean>): void;
  showBanner(): void;
  showPreferences(): void;
  /** Deletes the stored choice, forgets it and shows the banner again. */
  reset(): void;
}

let activeHost: ConsentHost | null = null;

/** Views of the page's choice (`<cookie-policy>`): told when the serving `<cookie-consent>` comes or goes. */
export const hostWatchers = new Set<() => void>();

/** The `<cookie-consent>` that serves the page, if any. */
export function currentHost(): ConsentHost | null {
  return activeHost;
}

/** The first connected `<cookie-consent>` serves the API; returns whether `host` is now the one. */
export function claimHost(host: ConsentHost): boolean {
  if (!activeHost) {
    activeHost = host;
    hostWatchers.forEach((watch) => watch());
  }
  return activeHost === host;
}

export function releaseHost(host: ConsentHost): void {
  if (activeHost !== host) return;
  activeHost = null;
  hostWatchers.forEach((watch) => watch());
}

function withHost(action: (host: ConsentHost) => void): void {
  if (activeHost) action(activeHost);
  else console.warn('cookie-consent: there is no <cookie-consent> element on this page yet; the call was ignored');
}

function isAccepted(category: string): boolean {
  const categories = api.state.categories;
  return category === NECESSARY || (Object.hasOwn(categories, category) && categories[category] === true);
}

export const api: CookieConsentApi = {
  get state() {
    return activeHost?.state ?? undecidedState(DEFAULT_CATEGORIES, 0);
  },
  accepted: (category) => isAccepted(String(category)),
  whenAccepted(category) {
    return new Promise((resolve) => {
      const check = () => {
        if (!isAccepted(String(category))) return;
        document.removeEventListener('consent-change', check);
        document.removeEventListener('consent-ready', check);
        resolve();
      };
      document.addEventListener('consent-change', check);
      document.addEventListener('consent-ready', check);
      check();
    });
  },
  acceptAll: () => withHost((host) => host.acceptAll()),
  rejectAll: () => withHost((host) => host.rejectAll()),
  save: (categories) => withHost((host) => host.save(categories)),
  showBanner: () => withHost((host) => host.showBanner()),
  showPreferences: () => withHost((host) => host.showPreferences()),
  reset: () => withHost((host) => host.reset()),
};
