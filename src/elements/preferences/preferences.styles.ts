/** The CSS of the preferences dialog: its title bar, the categories (which scroll) and the actions (which stay in view). */

import { css } from 'lit';
import { categoryStyles } from './category.styles.js';

export const preferencesStyles = [
  categoryStyles,
  css`
    dialog {
      box-sizing: border-box;
      width: min(var(--cc-max-width, 42rem), 100% - 2 * var(--_gap));
      max-height: calc(100% - 2 * var(--_gap));
      padding: 0;
      /* Colours, border and shadow: the element's own styles (shared with the banner). */
    }
    dialog[open] {
      display: flex;
      flex-direction: column;
    }
    dialog::backdrop {
      background: var(--cc-backdrop, rgb(0 0 0 / 0.5));
    }
    .top,
    .body,
    dialog .actions {
      padding-inline: var(--_gap);
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--_gap) / 2);
      padding-block: var(--_gap) calc(var(--_gap) / 2);
    }
    .top h2 {
      margin: 0;
    }
    .close {
      min-height: 2.75rem;
      padding: 0.25em 0.75em;
      color: inherit;
      background: none;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }
    /* The categories scroll; the title bar and the buttons stay in view. */
    .body {
      flex: 1 1 auto;
      min-height: 4rem;
      overflow: auto;
      overscroll-behavior: contain;
    }
    dialog .actions {
      flex: none;
      padding-block: calc(var(--_gap) * 0.75) var(--_gap);
      border-top: 1px solid var(--_border);
    }
    .links a + a {
      margin-inline-start: var(--_gap);
    }
  `,
];
