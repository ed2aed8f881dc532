/**
 * The page's own controls for the banner: any `data-consent-open` element reopens the preferences,
 * any `data-consent-opt-out` element ("Do Not Sell or Share My Personal Information") refuses every
 * optional category in one click, under every regime, and while the banner is shown and nothing has focus, the first Tab lands on it.
 */

import type { ReactiveControllerHost } from 'lit';
import { HostController } from '../../integrations/controller.js';
import { closestInPath } from '../../internal/dom.js';

/** What the page's triggers need of the element. */
export interface PageTriggersHost extends ReactiveControllerHost {
  readonly open: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  showPreferences(): void;
  optOut(): void;
}

export class PageTriggersController extends HostController<PageTriggersHost> {
  readonly name = 'page triggers';

  hostConnected(): void {
    document.addEventListener('click', this.#onClick);
    document.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('click', this.#onClick);
    document.removeEventListener('keydown', this.#onKeydown);
  }

  readonly #onClick = (event: Event): void => {
    const open = closestInPath(event, 'data-consent-open');
    if (!open && !closestInPath(event, 'data-consent-opt-out')) return;
    event.preventDefault();
    if (open) this.host.showPreferences();
    else this.host.optOut();
  };

  /**
   * The banner does not take focus when it appears (the visitor may be reading or typing), but while
   * it is shown and nothing on the page has focus, the first Tab lands on it, so that it comes first
   * for keyboard users wherever the site placed the element.
   */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || event.shiftKey || !this.host.open) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    const first = this.host.renderRoot.querySelector<HTMLElement>('.banner :is(a, button)');
    if (!first) return;
    event.preventDefault();
    first.focus();
  };
}
