/** `window.cookieConsent`: the small API other scripts use to read and change the visitor's choice. */

import { DEFAULT_CATEGORIES } from './consent/config.js';
import { NECESSARY, undecidedState, type ConsentState } from './consent/state.js';

/** The decisions and layers the API offers; `<cookie-consent>` implements them. */
export interface ConsentActions {
  acceptAll(): void;
  rejectAll(): void;
  /** Turns on exactly the optional categories given as `true`. */
  save(categories: Record<string, boolean>): void;
  showBanner(): void;
  showPreferences(): void;
  /** Deletes the stored choice, forgets it and shows the banner again. */
  reset(): void;
}

const ACTIONS = ['acceptAll', 'rejectAll', 'save', 'showBanner', 'showPreferences', 'reset'] as const;

/** What serves the API: a `<cookie-consent>`. */
export interface ConsentHost extends ConsentActions {
  readonly state: ConsentState;
  /** Told when it starts or stops serving the page. */
  requestUpdate(): void;
}

export interface CookieConsentApi extends ConsentActions {
  /** The current state (undecided until a `<cookie-consent>` has read the stored choice). */
  readonly state: ConsentState;
  /** The regime in force (as in the state). */
  readonly regime: ConsentState['regime'];
  /** The region the regime was chosen by (as in the state). */
  readonly region: string;
  /** Whether that category (or service) is accepted. */
  accepted(category: string): boolean;
  /** Resolves once `category` is accepted (at once if it already is); never rejects. */
  whenAccepted(category: string): Promise<void>;
}

/**
 * Every connected `<cookie-consent>`, in the order they connected: the first serves the page; when
 * it goes, the next takes over.
 */
const hosts: ConsentHost[] = [];

/** Views of the page's choice (`<cookie-policy>`): told when the serving `<cookie-consent>` comes or goes. */
export const hostWatchers = new Set<() => void>();

/** The `<cookie-consent>` that serves the page, if any. */
export function currentHost(): ConsentHost | null {
  return hosts[0] ?? null;
}

/** Adds a connected element; returns whether it is the one that serves the page. */
export function claimHost(host: ConsentHost): boolean {
  if (!hosts.includes(host)) hosts.push(host);
  if (hosts[0] === host) hostWatchers.forEach((watch) => watch());
  return hosts[0] === host;
}

/** Removes a disconnected element; the next one, if any, takes over. */
export function releaseHost(host: ConsentHost): void {
  const index = hosts.indexOf(host);
  if (index < 0) return;
  hosts.splice(index, 1);
  if (index > 0) return;
  hosts[0]?.requestUpdate();
  hostWatchers.forEach((watch) => watch());
}

function warn(message: string): void {
  console.warn(`cookie-consent: ${message}`);
}

/** A name from any caller: anything that cannot be made a string is no name (and never accepted). */
function nameOf(value: unknown): string | null {
  try {
    return String(value);
  } catch {
    warn('accepted() and whenAccepted() take a category name; that argument could not be read as one');
    return null;
  }
}

function isAccepted(name: string | null): boolean {
  return name === NECESSARY || (name !== null && api.state.accepted.includes(name));
}

/** Promises of `whenAccepted()` still waiting, checked at every change of the state. */
const waiting = new Map<string, (() => void)[]>();

/** The element says the state changed (read, decided, taken from another tab): settle what waited for it. */
export function stateChanged(): void {
  for (const [name, resolvers] of waiting) {
    if (!isAccepted(name)) continue;
    waiting.delete(name);
    resolvers.forEach((resolve) => resolve());
  }
}

function withHost(action: (host: ConsentHost) => void): void {
  const host = currentHost();
  if (host) action(host);
  else warn('there is no <cookie-consent> element on this page yet; the call was ignored');
}

export const api: CookieConsentApi = {
  get state() {
    return currentHost()?.state ?? undecidedState(DEFAULT_CATEGORIES, 0);
  },
  get regime() {
    return api.state.regime;
  },
  get region() {
    return api.state.region;
  },
  accepted: (category) => isAccepted(nameOf(category)),
  whenAccepted(category) {
    const name = nameOf(category);
    return new Promise((resolve) => {
      if (isAccepted(name)) return resolve();
      if (name !== null) waiting.set(name, [...(waiting.get(name) ?? []), resolve]);
    });
  },
  ...(Object.fromEntries(
    ACTIONS.map((action) => [
      action,
      (...args: unknown[]) => withHost((host) => (host[action] as (...args: unknown[]) => void)(...args)),
    ]),
  ) as unknown as ConsentActions),
};
