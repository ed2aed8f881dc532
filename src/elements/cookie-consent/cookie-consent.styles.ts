/** The CSS of `<cookie-consent>`: the banner and the dialog, over the styles it shares with `<cookie-policy>`. */

import { css } from 'lit';
import { sharedStyles } from '../category.js';

/* The --cc-* custom properties are documented on the element class (cookie-consent.ts). */
export const styles = [
  sharedStyles,
  css`
    .banner,
    dialog {
      box-sizing: border-box;
      max-height: calc(100vh - 2 * var(--_gap));
      color: var(--_fg);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--cc-shadow, 0 0.25rem 1.5rem rgb(0 0 0 / 0.25));
      font: inherit;
      overflow: auto;
    }
    /* Fixed, without a backdrop: the page behind stays visible, scrollable and usable (no cookie wall). */
    .banner {
      position: fixed;
      z-index: var(--cc-z-index, 2147483000);
      inset: auto var(--_gap) var(--_gap);
      max-width: var(--cc-max-width, 60rem);
      margin-inline: auto;
      padding: var(--_gap);
    }
    :host([position='top']) .banner {
      inset: var(--_gap) var(--_gap) auto;
    }
    :host([position$='left']) .banner,
    :host([position$='right']) .banner,
    :host([position='center']) .banner {
      max-width: var(--cc-max-width, 26rem);
    }
    /* Left and right are the inline start and end: mirrored on a right-to-left page. */
    :host([position$='left']) .banner {
      margin-inline: 0 auto;
    }
    :host([position$='right']) .banner {
      margin-inline: auto 0;
    }
    :host([position='center']) .banner {
      inset: 50% var(--_gap) auto;
      translate: 0 -50%;
    }
    @media (prefers-reduced-motion: no-preference) {
      .banner {
        animation: cc-in 0.2s ease-out;
      }
    }
    @keyframes cc-in {
      from {
        opacity: 0;
      }
    }
    dialog {
      width: min(var(--cc-max-width, 42rem), 100% - 2 * var(--_gap));
      padding: var(--_gap);
    }
    dialog::backdrop {
      background: var(--cc-backdrop, rgb(0 0 0 / 0.5));
    }
    header {
      display: flex;
      align-items: start;
      justify-content: space-between;
      gap: var(--_gap);
    }
    .close {
      min-width: 2.75rem;
      min-height: 2.75rem;
      margin: -0.5rem;
      color: inherit;
      background: none;
      border: 0;
      border-radius: var(--_radius);
      font-size: 1.5em;
      line-height: 1;
    }
    dialog .actions {
      margin-top: var(--_gap);
    }
  `,
];
