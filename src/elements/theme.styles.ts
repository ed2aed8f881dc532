/** The CSS every view shares: the theme's custom properties (light, and one dark palette), text, links, buttons, focus. */

import { css } from 'lit';
import { palette } from './theme.palette.js';

export const themeStyles = css`
  :host {
    ${palette(0)}
    --_gap: var(--cc-gap, 1rem);
    --_radius: var(--cc-radius, 0.5rem);
    font-family: var(--cc-font, inherit);
    font-size: var(--cc-font-size, 1rem);
    line-height: 1.5;
  }
  :host([theme='dark']) {
    ${palette(1)}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${palette(1)}
    }
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 var(--_gap);
  }
  a {
    color: var(--_link);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  /* Every button alike, in equal columns: accept all and reject all are equally prominent. */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    gap: calc(var(--_gap) / 2);
  }
  .actions button {
    min-height: 2.75rem;
    padding: 0.5em 1em;
    color: var(--_button-fg);
    background: var(--_button-bg);
    border: 2px solid var(--_button-bg);
    border-radius: var(--_radius);
    font-weight: 600;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
