/** Cross-tab sync: a choice made in one tab reaches the site's other open tabs (`consent-change` with source `sync`). */

import type { ReactiveControllerHost } from 'lit';
import type { ConsentChangeDetail, ConsentState } from '../consent/state.js';
import { rawCookie } from '../consent/cookies.js';
import { HostController } from './controller.js';

/**
 * The choice as the cookie would hold it, so that the receiving tab validates it like one: its
 * services when there are some, and the regime it was just made under when not opt-in.
 */
export function encodeChoice({ id, revision, timestamp, categories, services, regime }: ConsentState): string {
  return encodeURIComponent(
    JSON.stringify({
      version: 1,
      id,
      revision,
      timestamp,
      categories,
      services: Object.keys(services).length ? services : undefined,
      regime: regime === 'opt-in' ? undefined : regime,
    }),
  );
}

/** What sync needs of the element. */
export interface SyncHost extends ReactiveControllerHost {
  readonly cookieName: string;
  readonly state: ConsentState;
  /** Takes a choice made in another tab (an encoded cookie value) without storing it again. */
  adopt(encoded: string): void;
}

export class SyncController extends HostController<SyncHost> {
  readonly name = 'cross-tab sync';
  #channel?: BroadcastChannel;
  #channelName = '';

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisible);
    this.#open();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#channel?.close();
    this.#channel = undefined;
  }

  /** A new `cookie-name` is another channel. */
  hostUpdated(): void {
    if (this.#channel && this.#channelName !== this.host.cookieName) {
      this.#channel.close();
      this.#open();
    }
  }

  changed({ state, source }: ConsentChangeDetail): void {
    if (source !== 'sync' && state.decided) this.#channel?.postMessage(encodeChoice(state));
  }

  #open(): void {
    if (typeof BroadcastChannel !== 'function') return;
    this.#channelName = this.host.cookieName;
    this.#channel = new BroadcastChannel(`cookie-consent:${this.#channelName}`);
    // The message carries the choice: the receiving tab's document.cookie may not show it yet.
    this.#channel.onmessage = ({ data }) => typeof data === 'string' && this.host.adopt(data);
  }

  /** Without a channel, or for a choice made on another subdomain: read the cookie when the tab comes back. */
  readonly #onVisible = (): void => {
    if (document.hidden) return;
    try {
      const raw = rawCookie(this.host.cookieName);
      if (raw === undefined) return;
      const { id, timestamp } = JSON.parse(decodeURIComponent(raw));
      if (id !== this.host.state.id || timestamp !== this.host.state.timestamp) this.host.adopt(raw);
    } catch {
      // Not ours, or cookies blocked: nothing to take.
    }
  };
}
