/** The CSS of `<cookie-consent>`: every colour, size and font is a `--cc-*` custom property. */

import { css } from 'lit';

/* The --cc-* custom properties are documented on the element class (cookie-consent.ts). */
export const styles = css`
  :host {
    --_bg: var(--cc-bg, #fff);
    --_fg: var(--cc-fg, #1b1b1f);
    --_border: var(--cc-border, #8a8a96);
    --_link: var(--cc-link, #0b57d0);
    --_button-bg: var(--cc-button-bg, #1b1b1f);
    --_button-fg: var(--cc-button-fg, #fff);
    --_switch-on: var(--cc-switch-on, #0b57d0);
    --_focus: var(--cc-focus, #0b57d0);
    --_gap: var(--cc-gap, 1rem);
    --_radius: var(--cc-radius, 0.5rem);
    font-family: var(--cc-font, inherit);
    font-size: var(--cc-font-size, 1rem);
    line-height: 1.5;
  }
  :host([theme='dark']) {
    --_bg: var(--cc-bg, #1f1f23);
    --_fg: var(--cc-fg, #f1f1f4);
    --_border: var(--cc-border, #8e8e9a);
    --_link: var(--cc-link, #a8c7fa);
    --_button-bg: var(--cc-button-bg, #f1f1f4);
    --_button-fg: var(--cc-button-fg, #1b1b1f);
    --_switch-on: var(--cc-switch-on, #a8c7fa);
    --_focus: var(--cc-focus, #a8c7fa);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--cc-bg, #1f1f23);
      --_fg: var(--cc-fg, #f1f1f4);
      --_border: var(--cc-border, #8e8e9a);
      --_link: var(--cc-link, #a8c7fa);
      --_button-bg: var(--cc-button-bg, #f1f1f4);
      --_button-fg: var(--cc-button-fg, #1b1b1f);
      --_switch-on: var(--cc-switch-on, #a8c7fa);
      --_focus: var(--cc-focus, #a8c7fa);
    }
  }
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
  .banner {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset: auto var(--_gap) var(--_gap);
    max-width: var(--cc-max-width, 60rem);
    max-height: calc(100vh - 2 * var(--_gap));
    margin-inline: auto;
    padding: var(--_gap);
    overflow: auto;
  }
  :host([position='top']) .banner {
    inset: var(--_gap) var(--_gap) auto;
  }
  :host([position='bottom-left']) .banner,
  :host([position='bottom-right']) .banner {
    max-width: min(26rem, calc(100vw - 2 * var(--_gap)));
  }
  :host([position='bottom-left']) .banner {
    inset-inline-end: auto;
    margin: 0;
  }
  :host([position='bottom-right']) .banner {
    inset-inline-start: auto;
    margin: 0;
  }
  :host([position='center']) .banner {
    inset: 50% var(--_gap) auto;
    max-width: min(32rem, calc(100vw - 2 * var(--_gap)));
    transform: translateY(-50%);
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .actions button {
    flex: 1 1 10em;
    min-height: 2.75rem;
    padding: 0.5em 1em;
    color: var(--_button-fg);
    background: var(--_button-bg);
    border: 2px solid var(--_button-bg);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  dialog {
    width: min(var(--cc-max-width, 42rem), calc(100vw - 2 * var(--_gap)));
    max-height: calc(100vh - 2 * var(--_gap));
    padding: 0;
  }
  dialog::backdrop {
    background: var(--cc-backdrop, rgb(0 0 0 / 0.5));
  }
  .preferences {
    padding: var(--_gap);
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
    color: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    font-size: 1.5em;
    line-height: 1;
  }
  .category {
    padding-block: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .category-head {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .category-head label {
    flex: 1;
    font-weight: 600;
  }
  .category p {
    margin: 0.25rem 0 0.5rem;
  }
  [role='switch'] {
    appearance: none;
    position: relative;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    background: transparent;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    cursor: pointer;
  }
  [role='switch']::before {
    content: '';
    position: absolute;
    inset: 0.125rem auto 0.125rem 0.125rem;
    width: 1rem;
    background: var(--_border);
    border-radius: 50%;
  }
  [role='switch']:checked {
    background: var(--_switch-on);
    border-color: var(--_switch-on);
  }
  [role='switch']:checked::before {
    inset-inline-start: auto;
    right: 0.125rem;
    background: var(--_bg);
  }
  [role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .always-on {
    font-size: 0.875em;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25rem 0.5rem 0.25rem 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  .preferences > .actions {
    margin-top: var(--_gap);
  }
  @media (forced-colors: active) {
    [role='switch']:checked {
      background: Highlight;
    }
    [role='switch']::before {
      background: CanvasText;
    }
  }
`;
