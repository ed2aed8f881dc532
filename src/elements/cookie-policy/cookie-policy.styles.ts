/** The CSS of `<cookie-policy>`: inline in the page, in the page's colours, over the styles shared with `<cookie-consent>`. */

import { css } from 'lit';
import { sharedStyles } from '../category.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      display: block;
    }
    .actions {
      max-width: 24em;
      margin-block: var(--_gap);
    }
  `,
];
