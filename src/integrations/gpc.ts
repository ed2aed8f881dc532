/** Global Privacy Control: with the browser's signal on and no stored choice, record "reject all optional" without asking. */

import type { ReactiveControllerHost } from 'lit';
import type { ConsentSource, ConsentState } from '../consent/state.js';
import type { ConsentController } from './controller.js';

/** What GPC needs of the element. */
export interface GpcHost extends ReactiveControllerHost {
  readonly gpc: string;
  open: boolean;
  rejectAll(source: ConsentSource): void;
}

export class GpcController implements ConsentController {
  readonly name = 'gpc';
  readonly #host: GpcHost;
  #pending = false;
  #ready = false;

  constructor(host: GpcHost) {
    this.#host = host;
  }

  /** Hidden before its first render; recorded once the page has heard `consent-ready`. */
  stateRead(state: ConsentState): void {
    this.#pending =
      !state.decided &&
      this.#host.gpc === 'honor' &&
      (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    if (this.#pending) this.#host.open = false;
    // Read again after a setting changed (a new revision): the page is long parsed.
    if (this.#ready) this.ready();
  }

  ready(): void {
    this.#ready = true;
    if (!this.#pending) return;
    this.#pending = false;
    queueMicrotask(() => this.#host.rejectAll('gpc'));
  }

  hostDisconnected(): void {
    this.#ready = false;
  }
}
