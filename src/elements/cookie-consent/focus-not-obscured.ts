/**
 * WCAG 2.4.11 Focus Not Obscured: while the banner is shown, no page element that takes focus is
 * hidden behind it. The page's scroller gets scroll padding of the banner's size (the browser then
 * scrolls a focused element, or an anchor's target, clear of it), and a focused element still under
 * the banner is scrolled clear, with room added at the page's end (or start) where it cannot scroll
 * far enough. Everything is given back when the banner closes.
 */

import type { ReactiveControllerHost } from 'lit';
import { HostController } from '../../integrations/controller.js';

/** What this needs of the element. */
export interface FocusNotObscuredHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const MARGIN = 8;
const STYLES = ['scrollPaddingTop', 'scrollPaddingBottom', 'paddingTop', 'paddingBottom'] as const;

export class FocusNotObscuredController extends HostController<FocusNotObscuredHost> {
  readonly name = 'focus not obscured';
  #banner: Element | null = null;
  #resize?: ResizeObserver;
  /** The root element's inline styles before we touched them. */
  #saved?: Record<(typeof STYLES)[number], string>;

  /** Added once the banner is already shown (this comes with a part): start at once. */
  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    const banner = this.host.renderRoot.querySelector('.banner');
    if (banner === this.#banner) return;
    this.#release();
    this.#banner = banner;
    if (!banner) return;
    this.#resize = new ResizeObserver(() => this.#reserve());
    this.#resize.observe(banner);
    document.addEventListener('focusin', this.#onFocus);
  }

  hostDisconnected(): void {
    this.#release();
    this.#banner = null;
  }

  #release(): void {
    this.#resize?.disconnect();
    document.removeEventListener('focusin', this.#onFocus);
    if (!this.#saved) return;
    Object.assign(document.documentElement.style, this.#saved);
    this.#saved = undefined;
  }

  #root(): CSSStyleDeclaration {
    const style = document.documentElement.style;
    this.#saved ??= Object.fromEntries(STYLES.map((name) => [name, style[name]])) as Record<
      (typeof STYLES)[number],
      string
    >;
    return style;
  }

  /** Scroll padding on the banner's side: at the top for a banner in the upper half, else at the bottom. */
  #reserve(): void {
    if (!this.#banner?.isConnected) return;
    const box = this.#banner.getBoundingClientRect();
    if (box.height === 0 || box.height > innerHeight / 2 + MARGIN) return;
    const style = this.#root();
    if (box.top + box.height / 2 < innerHeight / 2) style.scrollPaddingTop = `${box.bottom + MARGIN}px`;
    else style.scrollPaddingBottom = `${innerHeight - box.top + MARGIN}px`;
  }

  readonly #onFocus = (event: FocusEvent): void => {
    const target = event.target;
    if (!(target instanceof Element) || target === this.host || !this.#banner?.isConnected) return;
    const banner = this.#banner.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const covered =
      box.bottom > banner.top && box.top < banner.bottom && box.right > banner.left && box.left < banner.right;
    if (!covered) return;
    const scroller = document.scrollingElement ?? document.documentElement;
    const style = this.#root();
    if (banner.top + banner.height / 2 >= innerHeight / 2) {
      // Above the banner: scroll down the page, with room added at its end where it cannot go further.
      const needed = box.bottom - banner.top + MARGIN;
      const room = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop;
      if (needed > room)
        style.paddingBottom = `${parseFloat(getComputedStyle(document.documentElement).paddingBottom) + needed - room}px`;
      scroller.scrollTop += needed;
    } else {
      // Below the banner: scroll up, with room added at the start where the page is already at its top.
      const needed = banner.bottom - box.top + MARGIN;
      const room = scroller.scrollTop;
      if (needed > room)
        style.paddingTop = `${parseFloat(getComputedStyle(document.documentElement).paddingTop) + needed - room}px`;
      scroller.scrollTop -= Math.min(needed, room);
    }
  };
}
