/** The CSS of `<cookie-policy>` (part `preferences`): inline in the page, in the page's colours, over the shared theme. */

import { css } from 'lit';
import { categoryStyles } from '../preferences/category.styles.js';
import { themeStyles } from '../theme.styles.js';

export const policyStyles = [
  themeStyles,
  categoryStyles,
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
