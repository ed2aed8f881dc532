/** Global Privacy Control: with the browser's signal on and no stored choice, record "reject all optional" without asking. */

import type { ReactiveControllerHost } from 'lit';
import type { ConsentSource, ConsentState } from '../consent/state.js';
import { HostController } from './controller.js';

/** What GPC needs of the element. */
export interface GpcHost extends ReactiveControllerHost {
  readonly gpc: string;
  open: boolean;
  rejectAll(source: ConsentSource): void;
}

export class GpcController extends HostController<GpcHost> {
  readonly name = 'gpc';
  #pending = false;
  #ready = false;

  /** Hidden before its first render; recorded once the page has heard `consent-ready`. */
  stateRead(state: ConsentState): void {
    this.#pending =
      !state.decided &&
      this.host.gpc === 'honor' &&
      (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    if (this.#pending) this.host.open = false;
    // Read again after a setting changed (a new revision): the page is long parsed.
    if (this.#ready) this.ready();
  }

  ready(): void {
    this.#ready = true;
    if (!this.#pending) return;
    this.#pending = false;
    queueMicrotask(() => this.host.rejectAll('gpc'));
  }

  hostDisconnected(): void {
    this.#ready = false;
  }
}
