/** The CSS of `<cookie-consent>`'s banner, over the shared theme (the dialog's comes with its part). */

import { css } from 'lit';
import { themeStyles } from '../theme.styles.js';

export const styles = [
  themeStyles,
  css`
    .banner,
    dialog {
      box-sizing: border-box;
      color: var(--_fg);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--cc-shadow, 0 0.25rem 1.5rem rgb(0 0 0 / 0.25));
      font: inherit;
    }
    /* Fixed, without a backdrop: the page behind stays visible, scrollable and usable (no cookie wall). */
    .banner {
      position: fixed;
      z-index: var(--cc-z-index, 2147483000);
      inset: auto var(--_gap) var(--_gap);
      display: flex;
      flex-direction: column;
      max-width: var(--cc-max-width, 60rem);
      max-height: calc(100vh - 2 * var(--_gap));
      margin-inline: auto;
      padding: var(--_gap);
    }
    /* The message scrolls when space is short; the title and the three buttons always show. */
    .message {
      min-height: 1.5em;
      margin-bottom: calc(var(--_gap) / 2);
      overflow: auto;
    }
    .message p:last-child {
      margin-bottom: 0;
    }
    .links a + a {
      margin-inline-start: var(--_gap);
    }
    .actions {
      flex: none;
    }
    :host([position='top']) .banner {
      inset: var(--_gap) var(--_gap) auto;
    }
    :host([position='bottom-left']) .banner,
    :host([position='bottom-right']) .banner,
    :host([position='center']) .banner {
      max-width: var(--cc-max-width, 26rem);
    }
    /* Left and right are the inline start and end: mirrored on a right-to-left page. */
    :host([position='bottom-left']) .banner {
      margin-inline: 0 auto;
    }
    :host([position='bottom-right']) .banner {
      margin-inline: auto 0;
    }
    :host([position='center']) .banner {
      inset: 50% var(--_gap) auto;
      translate: 0 -50%;
    }
    /*
     * A phone: compact, at most about a third of the screen, the buttons always in view (the
     * message scrolls): accept and reject side by side, alike, "Customize" below them, so that
     * every label fits on one line at 320 px in every language.
     */
    @media (max-width: 40em), (max-height: 30em) {
      .banner {
        --_gap: var(--cc-gap, 0.75rem);
        inset-inline: calc(var(--_gap) / 2);
        max-height: max(33vh, 11rem);
        font-size: 0.875em;
      }
      h2 {
        margin-bottom: 0.25em;
        font-size: 1.125em;
      }
      .banner .actions {
        grid-template-columns: 1fr 1fr;
        gap: calc(var(--_gap) / 2);
      }
      .banner .actions button {
        min-height: 2.5rem;
        padding: 0.25em 0.375em;
      }
      .banner [part='customize'] {
        grid-column: 1 / -1;
      }
      /* The opt-out notice: its long "Do Not Sell or Share…" across, "Customize" and "OK" below. */
      .banner [part='opt-out'] {
        grid-column: 1 / -1;
      }
      .banner [part='opt-out'] ~ [part='customize'] {
        grid-column: auto;
      }
    }
    /* A narrow phone held upright: the three buttons one under the other, each label on one line. */
    @media (max-width: 22.5em) and (min-height: 30em) {
      .banner {
        max-height: 50vh;
      }
      .banner .actions {
        grid-template-columns: 1fr;
      }
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
    /* Heard, not seen: announces the banner once it is shown. */
    .announce {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
];
