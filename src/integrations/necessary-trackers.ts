/** Warns once when the configuration declares a well-known tracker's cookie as "necessary" (it could never be refused). */

import type { ReactiveControllerHost } from 'lit';
import type { CategoryConfig } from '../consent/config.js';
import { trackerOf } from '../consent/known-trackers.js';
import { NECESSARY } from '../consent/state.js';
import { HostController } from './controller.js';

/** What this needs of the element. */
export interface NecessaryTrackersHost extends ReactiveControllerHost {
  readonly content: Readonly<Record<string, CategoryConfig>>;
  warn(message: string): void;
}

export class NecessaryTrackersController extends HostController<NecessaryTrackersHost> {
  readonly name = 'necessary-trackers check';

  ready(): void {
    const found = (this.host.content[NECESSARY]?.cookies ?? [])
      .map((cookie) => [cookie.name, trackerOf(cookie.name)])
      .filter(([, service]) => service)
      .map(([name, service]) => `${name} (${service})`);
    if (found.length)
      this.host.warn(
        `"necessary" declares ${found.join(', ')}: analytics and advertising cookies need consent; move them to an optional category`,
      );
  }
}
