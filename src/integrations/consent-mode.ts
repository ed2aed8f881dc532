/** Google Consent Mode v2: a denied default once per page, an update on every decision, and a `dataLayer` event for tag managers. */

import type { ReactiveControllerHost } from 'lit';
import type { CategoryConfig } from '../consent/config.js';
import { flatChoice, NECESSARY, type ConsentChangeDetail, type ConsentState } from '../consent/state.js';
import { HostController } from './controller.js';

/** What each category grants when the configuration gives no `consentMode` list. */
export const DEFAULT_CONSENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  necessary: ['functionality_storage', 'security_storage'],
  statistical: ['analytics_storage'],
  'third-party': ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/**
 * Category (or service) → Consent Mode types: the configured `consentMode` list, else the
 * category's default one; a service grants only what it lists.
 */
export function consentTypes(content: Readonly<Record<string, CategoryConfig>>): Record<string, readonly string[]> {
  const types: Record<string, readonly string[]> = {};
  for (const [name, info] of Object.entries(content)) {
    types[name] = info.consentMode ?? DEFAULT_CONSENT_TYPES[name] ?? [];
    for (const [service, config] of Object.entries(info.services ?? {})) types[service] = config.consentMode ?? [];
  }
  return types;
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

/** What Consent Mode needs of the element. */
export interface ConsentModeHost extends ReactiveControllerHost {
  readonly consentMode: boolean;
  readonly state: ConsentState;
  readonly content: Readonly<Record<string, CategoryConfig>>;
}

type Page = { gtag?: (...args: unknown[]) => void; dataLayer?: unknown[] };

/** What Google's snippet pushes: an `arguments` object (gtag.js ignores plain arrays). */
function toArguments(..._: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
}

function gtag(...args: unknown[]): void {
  const page = window as Page;
  if (typeof page.gtag === 'function') page.gtag(...args);
  else (page.dataLayer ??= []).push(toArguments(...args));
}

/**
 * The page's one `default`: it must come before any update, and a second one (an element replaced
 * by a single-page app) would send "denied" after the visitor's choice.
 */
let defaultSent = false;

export class ConsentModeController extends HostController<ConsentModeHost> {
  readonly name = 'consent-mode';
  /** The state this element last told Google, once it is ready. */
  #ready = false;

  hostDisconnected(): void {
    this.#ready = false;
  }

  /**
   * As soon as the element starts. Under opt-in, whatever is stored, every type is denied but the
   * necessary ones, which need no consent (a stored choice is the update that follows). Under
   * opt-out and none, the state as read: its defaults grant, unless the visitor objected (or
   * Global Privacy Control did).
   */
  stateRead(state?: ConsentState): void {
    if (!this.host.consentMode || defaultSent) return;
    defaultSent = true;
    const types = consentTypes(this.host.content);
    const choices = state && state.regime !== 'opt-in' ? flatChoice(state) : {};
    gtag('consent', 'default', { ...consentValues(types, { ...choices, [NECESSARY]: true }), wait_for_update: 500 });
  }

  /** A stored choice is an update once the page is parsed. */
  ready(state: ConsentState): void {
    this.#ready = true;
    if (state.decided) this.#update(state, 'stored');
  }

  changed({ state, source }: ConsentChangeDetail): void {
    if (this.#ready) this.#update(state, source);
  }

  /** `consent-mode` switched on later: the default (if none was sent), then the current state. */
  hostUpdate(): void {
    if (this.host.consentMode && !defaultSent) this.stateRead(this.host.state);
  }

  #update(state: ConsentState, source: string): void {
    if (!this.host.consentMode) return;
    const choices = flatChoice(state);
    gtag('consent', 'update', consentValues(consentTypes(this.host.content), choices));
    ((window as Page).dataLayer ??= []).push({
      event: 'cookie_consent_update',
      cookie_consent: choices,
      cookie_consent_source: source,
    });
  }
}
